package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Pruned;

/** {@code docker container prune [-f] [--filter]}: asks first unless forced; a closed standard input answers no. */
final class ContainerPruneCommand implements DockerCommand {
    static final String WARNING = "WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ";

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        if (!cmd.bool("force")) {
            ctx.out().print(WARNING);
            ctx.out().flush();
            if (!Confirm.answeredYes(ctx)) {
                return 0;
            }
        }
        report(ctx, "Deleted Containers:", ctx.engine().pruneContainers(Filters.parse(cmd.list("filter"))));
        return 0;
    }

    /** The report every prune prints: the removed names or ids under a title, then the space reclaimed. */
    static void report(CliContext ctx, String title, Pruned pruned) {
        if (!pruned.removed().isEmpty()) {
            ctx.out().println(title);
            pruned.removed().forEach(ctx.out()::println);
            ctx.out().println();
        }
        ctx.out().println("Total reclaimed space: " + GoUnits.humanSize4(pruned.spaceReclaimed()));
    }
}
