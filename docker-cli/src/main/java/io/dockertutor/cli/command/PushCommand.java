package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ImageReference;

/** {@code docker push [-q] NAME[:TAG]}: progress like a pull; errors from the stream are printed as they come. */
final class PushCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        ImageReference ref = ImageReference.parse(cmd.args().get(0));
        boolean quiet = cmd.bool("quiet");
        if (ref.tagDefaulted() && !cmd.bool("all-tags") && !quiet) {
            ctx.out().println("Using default tag: latest");
        }
        ProgressDisplay display = new ProgressDisplay(ctx.out(), ctx.terminal());
        try {
            ctx.engine().push(ref, quiet ? e -> { } : display);
        } finally {
            display.finish();
        }
        if (quiet) {
            ctx.out().println(ref.canonical());
        }
        return 0;
    }
}
