package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.PruneReport;

/** {@code docker image prune [-a] [-f] [--filter]}: without {@code -f} it asks first, and a closed stdin answers no. */
final class ImagePruneCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        boolean all = cmd.bool("all");
        if (!cmd.bool("force")) {
            ctx.out().print(all
                    ? "WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] "
                    : "WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ");
            ctx.out().flush();
            return Confirm.answeredYes(ctx) ? prune(cmd, ctx, all) : 0;
        }
        return prune(cmd, ctx, all);
    }

    private int prune(ParsedCommand cmd, CliContext ctx, boolean all) {
        PruneReport report = ctx.engine().pruneImages(all, Filters.parse(cmd.list("filter")));
        if (!report.deleted().isEmpty()) {
            ctx.out().println("Deleted Images:");
            for (ImageDeletion d : report.deleted()) {
                ctx.out().println(d.untagged() != null ? "untagged: " + d.untagged() : "deleted: " + d.deleted());
            }
            ctx.out().println();
        }
        ctx.out().println("Total reclaimed space: " + GoUnits.humanSize4(report.spaceReclaimed()));
        return 0;
    }
}
