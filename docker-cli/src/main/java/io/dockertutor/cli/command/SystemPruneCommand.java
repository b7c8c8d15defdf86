package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.PruneReport;
import io.dockertutor.engine.Pruned;

/**
 * {@code docker system prune [-a] [--volumes] [-f]}: the warning listing what goes, then containers, networks,
 * (anonymous) volumes and images pruned in that order, each reported as its own prune does, and one total.
 */
final class SystemPruneCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        boolean all = cmd.bool("all");
        boolean volumes = cmd.bool("volumes");
        if (!cmd.bool("force")) {
            ctx.out().print(warning(all, volumes));
            ctx.out().flush();
            if (!Confirm.answeredYes(ctx)) {
                return 0;
            }
        }
        Filters filters = Filters.parse(cmd.list("filter"));
        long total = 0;
        Pruned containers = ctx.engine().pruneContainers(filters);
        section(ctx, "Deleted Containers:", containers);
        total += containers.spaceReclaimed();
        NetworkCommands.report(ctx, ctx.engine().pruneNetworks(filters).removed());
        if (volumes) {
            Pruned v = ctx.engine().pruneVolumes(filters, false);
            section(ctx, "Deleted Volumes:", v);
            total += v.spaceReclaimed();
        }
        PruneReport images = ctx.engine().pruneImages(all, filters);
        if (!images.deleted().isEmpty()) {
            ctx.out().println("Deleted Images:");
            for (ImageDeletion d : images.deleted()) {
                ctx.out().println(d.untagged() != null ? "untagged: " + d.untagged() : "deleted: " + d.deleted());
            }
            ctx.out().println();
        }
        total += images.spaceReclaimed();
        ctx.out().println("Total reclaimed space: " + GoUnits.humanSize4(total));
        return 0;
    }

    static String warning(boolean all, boolean volumes) {
        return "WARNING! This will remove:\n"
                + "  - all stopped containers\n"
                + "  - all networks not used by at least one container\n"
                + (volumes ? "  - all anonymous volumes not used by at least one container\n" : "")
                + (all ? "  - all images without at least one container associated to them\n" : "  - all dangling images\n")
                + (all ? "  - all build cache\n" : "  - unused build cache\n")
                + "\nAre you sure you want to continue? [y/N] ";
    }

    private static void section(CliContext ctx, String title, Pruned pruned) {
        if (!pruned.removed().isEmpty()) {
            ctx.out().println(title);
            pruned.removed().forEach(ctx.out()::println);
            ctx.out().println();
        }
    }
}
