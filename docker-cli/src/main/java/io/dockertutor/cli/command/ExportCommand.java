package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;

/** {@code docker export [-o FILE] CONTAINER}: the container's files as a tar stream, never onto a terminal. */
final class ExportCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        if (!ImageArchiveFiles.writable(cmd, ctx)) {
            return 1;
        }
        ImageArchiveFiles.write(cmd, ctx, ctx.engine().imageArchives().export(cmd.args().get(0)));
        return 0;
    }
}
