package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.DiskUsage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * buildx's prune output ({@code commands/prune.go}): a tab-padded table whose header goes out with the first row and
 * whose later rows are flushed one by one (so they align on their own), then {@code Total:} on a writer of its own.
 */
class BuilderPruneListingTest {
    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    private static DiskUsage.CacheRecord record(String id, String type, long size, Instant used) {
        return new DiskUsage.CacheRecord(id, List.of(), type, "", false, false, size, used, used, 1);
    }

    @Test
    void nothingRemovedPrintsOnlyTheTotal() {
        assertThat(BuilderPruneCommand.listing(List.of(), NOW)).isEqualTo("Total:\t0B\n");
    }

    @Test
    void removedRecordsAreListedAsBuildxStreamsThemAndSummedUp() {
        List<DiskUsage.CacheRecord> removed = List.of(
                record("abcdefghijklmnopqrstuvwxy", "regular", 4096, NOW.minusSeconds(120)),
                record("zyxwvutsrqponmlkjihgfedcb", "source.local", 1_500_000, null));
        String id1 = String.format("%-40s", "abcdefghijklmnopqrstuvwxy");
        String id2 = String.format("%-40s", "zyxwvutsrqponmlkjihgfedcb*");
        assertThat(BuilderPruneCommand.listing(removed, NOW)).isEqualTo(
                "ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n"
                        + id1 + "\ttrue \t\t4.096kB   \t2 minutes ago\n"
                        + id2 + "\ttrue \t1.5MB     \t\n"
                        + "Total:\t1.504MB\n");
    }
}
