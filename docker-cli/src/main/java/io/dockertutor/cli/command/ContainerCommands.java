package io.dockertutor.cli.command;

/** The container, volume and network commands, registered under their paths (aliases follow from the grammar). */
final class ContainerCommands {
    private ContainerCommands() {
    }

    static void register(DockerCli cli) {
        cli.register("run", new RunCommand());
        cli.register("create", new CreateCommand());
        cli.register("start", new StartCommand());
        cli.register("stop", EachContainer.of((ctx, cmd, name) ->
                ctx.engine().stopContainer(name, EachContainer.timeout(cmd), cmd.string("signal", null))));
        cli.register("restart", EachContainer.inTurn((ctx, cmd, name) ->
                ctx.engine().restartContainer(name, EachContainer.timeout(cmd), cmd.string("signal", null))));
        cli.register("kill", EachContainer.of((ctx, cmd, name) -> ctx.engine().killContainer(name, cmd.string("signal", null))));
        cli.register("pause", EachContainer.of((ctx, cmd, name) -> ctx.engine().pauseContainer(name)));
        cli.register("unpause", EachContainer.of((ctx, cmd, name) -> ctx.engine().unpauseContainer(name)));
        cli.register("rm", EachContainer.remove());
        cli.register("wait", new WaitCommand());
        cli.register("rename", new RenameCommand());
        cli.register("logs", new LogsCommand());
        cli.register("port", new PortCommand());
        cli.register("top", new TopCommand());
        cli.register("stats", new StatsCommand());
        cli.register("diff", new DiffCommand());
        cli.register("commit", new CommitCommand());
        cli.register("export", new ExportCommand());
        cli.register("update", new UpdateCommand());
        cli.register("exec", new ExecCommand());
        cli.register("attach", new AttachCommand());
        cli.register("cp", new CpCommand());
        cli.register("ps", new PsCommand());
        cli.register("container prune", new ContainerPruneCommand());
        cli.register("container inspect", InspectCommand.of("container", InspectCommand.containerLookup()));
        cli.register("system prune", new SystemPruneCommand());
        VolumeCommands.register(cli);
        NetworkCommands.register(cli);
    }
}
