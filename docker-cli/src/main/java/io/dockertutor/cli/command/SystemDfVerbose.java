package io.dockertutor.cli.command;

import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.GoUnits;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.gotext.DockerFormat;
import io.dockertutor.gotext.GoTemplate;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker system df -v}: docker/cli's {@code DiskUsageContext.verboseWrite}. The daemon's images, containers,
 * volumes and build cache records become the contexts {@code docker images}, {@code docker ps -s},
 * {@code docker volume ls} and {@code docker builder du} print, then either four tables, one per kind, or one
 * template over {@code .Images}, {@code .Containers}, {@code .Volumes} and {@code .BuildCache}.
 */
final class SystemDfVerbose {
    static final String IMAGES = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}"
            + "\t{{.UniqueSize}}\t{{.Containers}}";
    static final String CONTAINERS = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}"
            + "\t{{.Status}}\t{{.Names}}";
    static final String VOLUMES = "table {{.Name}}\t{{.Links}}\t{{.Size}}";
    static final String CACHE = "table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}"
            + "\t{{.UsageCount}}\t{{.Shared}}";
    /** NewDiskUsageFormat's raw format: each kind's own raw format (images with digest, containers with size). */
    static final String RAW = "{{range .Images}}type: Image\nrepository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\n"
            + "image_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n\n{{end -}}\n"
            + "{{range .Containers}}type: Container\n" + PsCommand.choose("raw", false, true) + "\n{{end -}}\n"
            + "{{range .Volumes}}type: Volume\nname: {{.Name}}\ndriver: {{.Driver}}\n\n{{end -}}\n"
            + "{{range .BuildCache}}type: Build Cache\n" + BuildCacheRows.RAW + "\n{{end -}}";

    private SystemDfVerbose() {
    }

    /** Prints {@code du} with {@code --format} (empty for the tables); answers the exit status. */
    static int write(CliContext ctx, DiskUsage du, String format) throws TemplateException {
        String chosen = format.isEmpty() ? "table" : format;
        boolean trunc = chosen.startsWith("table");
        Instant now = ctx.clock().instant();
        List<Object> images = images(du.imageList(), trunc, now);
        List<Object> containers = new ArrayList<>();
        for (ContainerSummary c : du.containerList()) {
            containers.add(ContainerRows.row(withoutVirtualSize(c), trunc, now));
        }
        List<Object> volumes = new ArrayList<>();
        for (DiskUsage.Volume v : du.volumeList()) {
            volumes.add(VolumeCommands.row(v.volume(), String.valueOf(v.refCount()), GoUnits.humanSize4(v.size())));
        }
        List<Object> caches = new ArrayList<>();
        du.cacheList().stream().sorted(BuildCacheRows.ORDER).forEach(r -> caches.add(BuildCacheRows.row(r, trunc, now)));
        if (chosen.equals("table")) {
            ctx.out().print("Images space usage:\n\n");
            Printing.rows(ctx, IMAGES, ImagesCommand.HEADERS, images);
            ctx.out().print("\nContainers space usage:\n\n");
            Printing.rows(ctx, CONTAINERS, ContainerRows.HEADERS, containers);
            ctx.out().print("\nLocal Volumes space usage:\n\n");
            Printing.rows(ctx, VOLUMES, VolumeCommands.HEADERS, volumes);
            ctx.out().print("\nBuild cache usage: " + GoUnits.humanSize4(du.buildCache().size()) + "\n\n");
            Printing.rows(ctx, CACHE, BuildCacheRows.HEADERS, caches);
            return 0;
        }
        TemplateStruct all = TemplateStruct.builder("*formatter.diskUsageContext")
                .field("Images", images, "[]*formatter.imageContext")
                .field("Containers", containers, "[]*formatter.ContainerContext")
                .field("Volumes", volumes, "[]*formatter.volumeContext")
                .field("BuildCache", caches, "[]*formatter.buildCacheContext").build();
        GoTemplate template = GoTemplate.parse(DockerFormat.preFormat(chosen.equals("raw") ? RAW : chosen));
        StringBuilder out = new StringBuilder();
        try {
            template.execute(all, out);
        } catch (TemplateException e) {
            // the template writes straight to the output, and its error comes back unwrapped
            ctx.out().print(out);
            ctx.err().println(e.getMessage());
            return 1;
        }
        ctx.out().print(out);
        return 0;
    }

    /** One imageContext per image, named by its first tag; an image whose first tag does not parse is left out. */
    private static List<Object> images(List<DiskUsage.Image> list, boolean trunc, Instant now) {
        List<Object> rows = new ArrayList<>();
        for (DiskUsage.Image i : list) {
            ImageSummary img = i.summary();
            String repo = "<none>";
            String tag = "<none>";
            if (!img.repoTags().isEmpty() && !img.repoTags().get(0).equals("<none>:<none>")) {
                Optional<ImageReference> ref = ImageReference.tryParse(img.repoTags().get(0));
                if (ref.isEmpty()) {
                    continue;
                }
                if (ref.get().tag() != null) {
                    repo = ref.get().familiarRepository();
                    tag = ref.get().tag();
                }
            }
            rows.add(ImagesCommand.row(img, repo, tag, "", trunc, now, i.sharedSize()));
        }
        return rows;
    }

    /** The CLI zeroes SizeRootFs so that {@code .Size} shows the container layer alone. */
    private static ContainerSummary withoutVirtualSize(ContainerSummary c) {
        return new ContainerSummary(c.id(), c.names(), c.image(), c.imageId(), c.command(), c.created(), c.state(), c.status(),
                c.ports(), c.labels(), c.mounts(), c.networks(), c.sizeRw(), 0);
    }
}
