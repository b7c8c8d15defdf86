package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code docker images} / {@code docker image ls}: one row per repository and tag, as docker/cli's imageContext. */
final class ImagesCommand implements DockerCommand {
    static final String TABLE = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";
    static final String TABLE_DIGESTS = "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";
    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("ID", "IMAGE ID"), Map.entry("Repository", "REPOSITORY"), Map.entry("Tag", "TAG"),
            Map.entry("Digest", "DIGEST"), Map.entry("CreatedSince", "CREATED"), Map.entry("CreatedAt", "CREATED AT"),
            Map.entry("Size", "SIZE"), Map.entry("Containers", "CONTAINERS"), Map.entry("SharedSize", "SHARED SIZE"),
            Map.entry("UniqueSize", "UNIQUE SIZE"), Map.entry("VirtualSize", "VIRTUAL SIZE"));

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        List<String> filterArgs = new ArrayList<>(cmd.list("filter"));
        if (!cmd.args().isEmpty()) {
            filterArgs.add("reference=" + cmd.args().get(0));
        }
        Filters filters;
        try {
            filters = Filters.parse(filterArgs);
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        List<ImageSummary> images = ctx.engine().listImages(cmd.bool("all"), filters);
        DockerCli.noteHidden(ctx, "images");
        boolean digests = cmd.bool("digests") || cmd.string("format", "").contains("{{.Digest}}");
        boolean trunc = !cmd.bool("no-trunc");
        String format = cmd.string("format", "");
        if (format.isEmpty() || format.equals("table")) {
            format = cmd.bool("quiet") ? "{{.ID}}" : digests ? TABLE_DIGESTS : TABLE;
        } else if (format.equals("json")) {
            format = "{{json .}}";
        } else if (digests && format.startsWith("table") && !format.contains("{{.Digest}}")) {
            format = format.replaceFirst("\\{\\{\\.Tag}}", "{{.Tag}}\t{{.Digest}}");
        }
        List<Object> rows = new ArrayList<>();
        Instant now = ctx.clock().instant();
        for (ImageSummary img : images) {
            for (String[] row : rowsOf(img, digests)) {
                rows.add(row(img, row[0], row[1], row[2], trunc, now, -1));
            }
        }
        Printing.rows(ctx, format, HEADERS, rows);
        return 0;
    }

    /** docker/cli's imageFormatTaggedAndDigest: (repository, tag, digest) triples for one image. */
    static List<String[]> rowsOf(ImageSummary img, boolean showDigests) {
        List<String[]> out = new ArrayList<>();
        if (img.repoTags().isEmpty() && img.repoDigests().isEmpty()) {
            out.add(new String[] {"<none>", "<none>", "<none>"});
            return out;
        }
        Map<String, List<String>> tags = new LinkedHashMap<>();
        Map<String, List<String>> digests = new LinkedHashMap<>();
        // The engine answers familiar, normalized names (repo:tag, repo@digest), so splitting them is enough.
        for (String t : img.repoTags()) {
            int colon = t.lastIndexOf(':');
            tags.computeIfAbsent(t.substring(0, colon), k -> new ArrayList<>()).add(t.substring(colon + 1));
        }
        for (String d : img.repoDigests()) {
            int at = d.indexOf('@');
            digests.computeIfAbsent(d.substring(0, at), k -> new ArrayList<>()).add(d.substring(at + 1));
        }
        for (var e : tags.entrySet()) {
            List<String> ds = digests.remove(e.getKey());
            for (String tag : e.getValue()) {
                if (!showDigests || ds == null || ds.isEmpty()) {
                    out.add(new String[] {e.getKey(), tag, "<none>"});
                } else {
                    ds.forEach(d -> out.add(new String[] {e.getKey(), tag, d}));
                }
            }
        }
        for (var e : digests.entrySet()) {
            if (showDigests) {
                e.getValue().forEach(d -> out.add(new String[] {e.getKey(), "<none>", d}));
            } else {
                out.add(new String[] {e.getKey(), "<none>", "<none>"});
            }
        }
        return out;
    }

    /** One imageContext; {@code sharedSize} is the API's SharedSize, -1 (N/A) unless {@code system df -v} asked for it. */
    static TemplateStruct row(ImageSummary img, String repo, String tag, String digest, boolean trunc, Instant now, long sharedSize) {
        String size = GoUnits.humanSize(img.size());
        boolean unknown = sharedSize == -1;
        return TemplateStruct.builder("*formatter.imageContext")
                .field("Containers", img.containers() < 0 ? "N/A" : String.valueOf(img.containers()))
                .lazy("CreatedAt", () -> GoTime.string(img.created()))
                .lazy("CreatedSince", () -> GoUnits.humanDuration(Duration.between(img.created(), now)) + " ago")
                .field("Digest", digest)
                .field("ID", trunc ? ShortIds.of(img.id()) : img.id())
                .field("Repository", repo)
                .field("SharedSize", unknown ? "N/A" : GoUnits.humanSize4(sharedSize))
                .field("Size", size)
                .field("Tag", tag)
                .field("UniqueSize", unknown || img.size() == -1 ? "N/A" : GoUnits.humanSize4(img.size() - sharedSize))
                .field("VirtualSize", GoUnits.humanSize4(img.size()))
                .build();
    }
}
