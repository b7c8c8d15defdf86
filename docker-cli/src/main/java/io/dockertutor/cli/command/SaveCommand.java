package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;

/** {@code docker save [-o FILE] IMAGE...}: the images as one tar stream, never onto a terminal. */
final class SaveCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        if (!ImageArchiveFiles.writable(cmd, ctx)) {
            return 1;
        }
        ImageArchiveFiles.write(cmd, ctx, ctx.engine().imageArchives().save(cmd.args()));
        return 0;
    }
}
