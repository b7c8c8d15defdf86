package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.GoUnits;
import io.dockertutor.gotext.TabWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code docker builder prune [-a] [-f] [--filter]}: today's CLI hands {@code builder} to buildx, so this is buildx's
 * prune ({@code commands/prune.go}). Without {@code -f} it asks first (a closed stdin answers no and ends quietly, as a
 * cancelled prompt does); then a table of the records removed, written as they come (each row flushed on its own,
 * cells padded with tabs), and {@code Total:} with the sum of their sizes (go-units' {@code HumanSize}, four digits).
 *
 * <pre>
 * ID                                              RECLAIMABLE     SIZE            LAST ACCESSED
 * 0123456789abcdef012345678                       true            4.096kB         2 minutes ago
 * Total:  4.096kB
 * </pre>
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
        List<DiskUsage.CacheRecord> removed = ctx.engine().pruneBuildCache(all, Filters.parse(cmd.list("filter")));
        ctx.out().print(listing(removed, ctx.clock().instant()));
        return 0;
    }

    /** What buildx prints for {@code removed}: the table (when anything went), then the total. */
    static String listing(List<DiskUsage.CacheRecord> removed, Instant now) {
        StringBuilder out = new StringBuilder();
        TabWriter tw = new TabWriter(out, 1, 8, 1, '\t', 0);
        long total = 0;
        boolean first = true;
        for (DiskUsage.CacheRecord r : removed) {
            total += r.size();
            if (first) {
                tw.write("ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n");
                first = false;
            }
            tw.write(row(r, now));
            tw.flush();
        }
        TabWriter totals = new TabWriter(out, 1, 8, 1, '\t', 0);
        totals.write("Total:\t" + GoUnits.humanSize4(total) + "\n");
        totals.flush();
        return out.toString();
    }

    /** {@code printTableRow}: the id (a mutable record's marked {@code *}), reclaimable, size, last access. */
    private static String row(DiskUsage.CacheRecord r, Instant now) {
        String id = r.id() + (mutable(r) ? "*" : "");
        String size = GoUnits.humanSize4(r.size()) + (r.shared() ? "*" : "");
        String accessed = r.lastUsedAt() == null ? "" : GoUnits.humanDuration(Duration.between(r.lastUsedAt(), now)) + " ago";
        return String.format("%-40s\t%-5s\t%-10s\t%s%n", id, !r.inUse(), size, accessed).replace(System.lineSeparator(), "\n");
    }

    /** BuildKit's mutable records: the build context and cache mounts (the engine API has no Mutable field). */
    private static boolean mutable(DiskUsage.CacheRecord r) {
        return r.type().equals("source.local") || r.type().equals("exec.cachemount");
    }
}
