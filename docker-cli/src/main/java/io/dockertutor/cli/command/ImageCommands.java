package io.dockertutor.cli.command;

/** The image and registry commands, registered under their paths (aliases follow from the grammar). */
final class ImageCommands {
    private ImageCommands() {
    }

    static void register(DockerCli cli) {
        cli.register("pull", new PullCommand());
        cli.register("images", new ImagesCommand());
        cli.register("history", new HistoryCommand());
        cli.register("tag", new TagCommand());
        cli.register("rmi", new RmiCommand());
        cli.register("image inspect", InspectCommand.images());
        cli.register("image prune", new ImagePruneCommand());
        cli.register("search", new SearchCommand());
        cli.register("push", new PushCommand());
        cli.register("save", new SaveCommand());
        cli.register("load", new LoadCommand());
        cli.register("import", new ImportCommand());
        cli.register("buildx build", new BuildCommand());
        cli.register("builder prune", new BuilderPruneCommand());
    }
}
