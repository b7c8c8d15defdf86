package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.FileChange;

/** {@code docker diff CONTAINER}: one {@code A|C|D path} line per change, in the daemon's order. */
final class DiffCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        for (FileChange c : ctx.engine().diff(cmd.args().get(0))) {
            ctx.out().println(c.kind() + " " + c.path());
        }
        return 0;
    }
}
