package io.dockertutor.cli.command;

/** Commands about the engine itself and about objects of any kind. */
final class SystemCommands {
    private SystemCommands() {
    }

    static void register(DockerCli cli) {
        cli.register("version", new VersionCommand());
        cli.register("info", new InfoCommand());
        cli.register("system df", new SystemDfCommand());
        cli.register("events", new EventsCommand());
        cli.register("inspect", InspectCommand.any());
        cli.register("login", LoginCommands::login);
        cli.register("logout", LoginCommands::logout);
    }
}
