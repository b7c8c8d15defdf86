package io.dockertutor.cli.command;

import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.GoUnits;
import io.dockertutor.gotext.TemplateStruct;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;

/** docker/cli's {@code buildCacheContext}: one build cache record as template fields, and the CLI's sort order. */
final class BuildCacheRows {
    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("ID", "CACHE ID"), Map.entry("Parent", "PARENT"), Map.entry("CacheType", "CACHE TYPE"),
            Map.entry("Size", "SIZE"), Map.entry("CreatedSince", "CREATED"), Map.entry("LastUsedSince", "LAST USED"),
            Map.entry("UsageCount", "USAGE"), Map.entry("InUse", "IN USE"), Map.entry("Shared", "SHARED"),
            Map.entry("Description", "DESCRIPTION"));
    /** NewBuildCacheFormat's raw format. */
    static final String RAW = "build_cache_id: {{.ID}}\nparent_id: {{.Parent}}\nbuild_cache_type: {{.CacheType}}\n"
            + "description: {{.Description}}\ncreated_at: {{.CreatedAt}}\ncreated_since: {{.CreatedSince}}\n"
            + "last_used_at: {{.LastUsedAt}}\nlast_used_since: {{.LastUsedSince}}\nusage_count: {{.UsageCount}}\n"
            + "in_use: {{.InUse}}\nshared: {{.Shared}}\n";
    /** buildCacheSort: never used first, then by last use, ties by id. */
    static final Comparator<DiskUsage.CacheRecord> ORDER = Comparator
            .comparing(DiskUsage.CacheRecord::lastUsedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DiskUsage.CacheRecord::id);
    private static final DateTimeFormatter GO_STRING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BuildCacheRows() {
    }

    static TemplateStruct row(DiskUsage.CacheRecord r, boolean trunc, Instant now) {
        String parent = String.join(", ", r.parents());
        return TemplateStruct.builder("*formatter.buildCacheContext")
                .field("ID", (trunc ? ShortIds.of(r.id()) : r.id()) + (r.inUse() ? "*" : ""))
                .field("Parent", trunc ? ShortIds.of(parent) : parent)
                .field("CacheType", r.type())
                .field("Description", r.description())
                .field("Size", GoUnits.humanSize(r.size()))
                .lazy("CreatedAt", () -> goString(r.createdAt()))
                .lazy("CreatedSince", () -> since(r.createdAt(), now))
                .lazy("LastUsedAt", () -> r.lastUsedAt() == null ? "" : goString(r.lastUsedAt()))
                .lazy("LastUsedSince", () -> r.lastUsedAt() == null ? "" : since(r.lastUsedAt(), now))
                .field("UsageCount", String.valueOf(r.usageCount()))
                .field("InUse", String.valueOf(r.inUse()))
                .field("Shared", String.valueOf(r.shared()))
                .sortedJson().build();
    }

    private static String since(Instant t, Instant now) {
        return t == null ? "" : GoUnits.humanDuration(Duration.between(t, now)) + " ago";
    }

    /** Go's time.String() of a time decoded from JSON: with the fraction of a second when there is one. */
    static String goString(Instant t) {
        if (t == null) {
            return "0001-01-01 00:00:00 +0000 UTC";
        }
        ZonedDateTime z = t.atZone(ZoneId.systemDefault());
        String fraction = "";
        if (t.getNano() != 0) {
            fraction = String.format(".%09d", t.getNano()).replaceAll("0+$", "");
        }
        String zone = GoTime.string(Instant.ofEpochSecond(t.getEpochSecond()));
        return z.format(GO_STRING) + fraction + zone.substring(zone.indexOf(' ', zone.indexOf(' ') + 1));
    }
}
