package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;

/** {@code docker load [-i FILE] [-q]}: the images of a {@code docker save} stream; one line per image loaded. */
final class LoadCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String input = cmd.string("input", "");
        // the client asks for quiet output when told to, or when its output is not a terminal
        String quiet = cmd.bool("quiet") || !ctx.terminal() ? "1" : "0";
        byte[] tar = ImageArchiveFiles.read(input, ctx, "/images/load", java.util.Map.of("quiet", java.util.List.of(quiet)));
        if (tar == null) {
            return 1;
        }
        ctx.engine().imageArchives().load(tar).forEach(ctx.out()::println);
        return 0;
    }
}
