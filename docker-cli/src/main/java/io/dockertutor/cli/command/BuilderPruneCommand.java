package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.GoUnits;
import io.dockertutor.engine.Pruned;

/**
 * {@code docker builder prune [-a] [-f] [--filter]} ({@code builder/prune.go}): without {@code -f} it asks first (a
 * closed stdin answers no and ends quietly, as a cancelled prompt does), then names the cache records removed and
 * the space freed.
 */
final class BuilderPruneCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        boolean all = cmd.bool("all");
        if (!cmd.bool("force")) {
            ctx.out().print(all ? "WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] "
                    : "WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ");
            ctx.out().flush();
            if (!Confirm.answeredYes(ctx)) {
                return 0;
            }
        }
        Pruned report = ctx.engine().pruneBuildCache(all, Filters.parse(cmd.list("filter")));
        if (!report.removed().isEmpty()) {
            ctx.out().println("Deleted build cache objects:");
            report.removed().forEach(ctx.out()::println);
            ctx.out().println();
        }
        ctx.out().println("Total reclaimed space: " + GoUnits.humanSize(report.spaceReclaimed()));
        return 0;
    }
}
