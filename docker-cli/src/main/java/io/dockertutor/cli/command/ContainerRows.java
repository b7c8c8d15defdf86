package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.gotext.TemplateFunction;
import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.gotext.TypedNil;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.MountPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * docker/cli's {@code ContainerContext}: one {@code docker ps} row as template fields ({@code .ID},
 * {@code .Image}, {@code .Command}, {@code .RunningFor}, {@code .Ports}, {@code .Label "key"}, ...), and the
 * table formats and headers ps uses. Labels and networks come from Go maps in docker; they are sorted here.
 */
final class ContainerRows {
    static final String TABLE = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("ID", "CONTAINER ID"), Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"),
            Map.entry("CreatedAt", "CREATED AT"), Map.entry("RunningFor", "CREATED"), Map.entry("Ports", "PORTS"),
            Map.entry("State", "STATE"), Map.entry("Status", "STATUS"), Map.entry("Size", "SIZE"),
            Map.entry("Names", "NAMES"), Map.entry("Labels", "LABELS"), Map.entry("Label", "LABEL"),
            Map.entry("Mounts", "MOUNTS"), Map.entry("LocalVolumes", "LOCAL VOLUMES"), Map.entry("Networks", "NETWORKS"));

    private ContainerRows() {
    }

    static TemplateStruct row(ContainerSummary c, boolean trunc, Instant now) {
        return TemplateStruct.builder("*formatter.ContainerContext")
                .field("ID", trunc ? ShortIds.of(c.id()) : c.id())
                .field("Names", names(c.names(), trunc))
                .lazy("Image", () -> image(c, trunc))
                .lazy("Command", () -> GoQuoting.quote(trunc ? Ellipsis.of(c.command(), 20) : c.command()))
                .lazy("CreatedAt", () -> GoTime.string(c.created()))
                .lazy("RunningFor", () -> GoUnits.humanDuration(Duration.between(c.created(), now)) + " ago")
                // the image manifest's platform, which a daemon before API 1.48 (and the simulator) does not report
                .field("Platform", TypedNil.pointer("*formatter.Platform"))
                .lazy("Ports", () -> PortDisplay.ports(c.ports()))
                .field("State", c.state())
                .field("Status", c.status())
                .lazy("Size", () -> size(c))
                .lazy("Labels", () -> labels(c.labels()))
                .method("Label", label(c.labels()))
                .lazy("Mounts", () -> mounts(c.mounts(), trunc))
                .lazy("LocalVolumes", () -> String.valueOf(c.mounts().stream().filter(m -> m.driver().equals("local")).count()))
                .lazy("Networks", () -> String.join(",", c.networks().stream().sorted().toList()))
                .sortedJson().build();
    }

    /** A context's {@code .Label "key"}: the label's value, or empty. */
    static TemplateFunction label(Map<String, String> labels) {
        return TemplateFunction.of(args -> labels.getOrDefault((String) args.get(0), ""), false, TemplateFunction.Param.STRING);
    }

    static String names(List<String> names, boolean trunc) {
        List<String> stripped = names.stream().map(n -> n.startsWith("/") ? n.substring(1) : n).toList();
        if (trunc) {
            for (String n : stripped) {
                if (!n.contains("/")) {
                    return n;
                }
            }
        }
        return String.join(",", stripped);
    }

    static String image(ContainerSummary c, boolean trunc) {
        if (c.image().isEmpty()) {
            return "<no image>";
        }
        if (trunc) {
            if (ShortIds.of(c.imageId()).equals(ShortIds.of(c.image()))) {
                return ShortIds.of(c.imageId());
            }
            var ref = ImageReference.tryParse(c.image());
            if (ref.isPresent()) {
                ImageReference r = ref.get();
                return r.tag() != null && !r.tagDefaulted() ? r.familiarRepository() + ":" + r.tag() : r.familiarRepository();
            }
        }
        return c.image();
    }

    static String size(ContainerSummary c) {
        String rw = GoUnits.humanSize(Math.max(0, c.sizeRw()));
        return c.sizeRootFs() > 0 ? rw + " (virtual " + GoUnits.humanSize(c.sizeRootFs()) + ")" : rw;
    }

    static String labels(Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> out.add(k + "=" + v));
        return String.join(",", out);
    }

    static String mounts(List<MountPoint> mounts, boolean trunc) {
        List<String> out = new ArrayList<>();
        for (MountPoint m : mounts) {
            String name = m.name().isEmpty() ? m.source() : m.name();
            out.add(trunc ? Ellipsis.of(name, 15) : name);
        }
        return String.join(",", out);
    }
}
