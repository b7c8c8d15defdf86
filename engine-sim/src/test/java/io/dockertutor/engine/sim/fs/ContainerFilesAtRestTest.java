package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A container's layer shrunk to its changes when it stops, and built back exactly as it was when used again. */
class ContainerFilesAtRestTest {
    private final VolumeStore volumes = new VolumeStore(Clock.systemUTC());
    @TempDir
    Path host;

    private ContainerFiles container(List<String> tmpfs) {
        ContainerSpec spec = ContainerSpec.builder("nginx").binds(List.of("simfs-data:/data")).tmpfs(tmpfs).build();
        return new ContainerFiles(TestImages.nginx(), MountPlanner.plan(spec, volumes, host::resolve), volumes,
                Map.of("/etc/hostname", "abc\n"));
    }

    private static String diffText(ContainerFiles files) {
        return String.join(" ", files.diff().stream().map(c -> c.kind() + " " + c.path()).toList());
    }

    /** Every path of the layer with what {@code ls -l}, {@code cat} and {@code readlink} would show of it. */
    private static List<String> listing(ContainerFiles files) throws IOException {
        Path root = files.resolve("/");
        List<String> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                out.add(describe(root, dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                out.add(describe(root, file));
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static String describe(Path root, Path p) throws IOException {
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String what = a.isSymbolicLink() ? "-> " + Files.readSymbolicLink(p)
                : a.isDirectory() ? "dir" : "'" + Files.readString(p) + "'";
        return "/" + root.relativize(p) + " " + PosixFilePermissions.toString(a.permissions()) + " "
                + a.lastModifiedTime() + " " + what;
    }

    @Test
    void aReleasedLayerIsBuiltBackWithEveryChangeItHad() throws Exception {
        ContainerFiles files = container(List.of());
        Files.createDirectories(files.resolve("/tmp/a/b"));
        Files.writeString(files.resolve("/tmp/a/b/f"), "hi\n");
        Files.writeString(files.resolve("/etc/group"), "changed\n");
        Files.setPosixFilePermissions(files.resolve("/etc/passwd"), PosixFilePermissions.fromString("rw-------"));
        Files.delete(files.resolve("/etc/group-"));
        Path ls = files.resolve("/bin").resolve("ls"); // the link itself: resolve("/bin/ls") would follow it to busybox
        Files.delete(ls);
        Files.writeString(ls, "not a link any more");
        Files.createSymbolicLink(files.resolve("/tmp/etc"), files.resolve("/").getFileSystem().getPath("../etc"));
        Files.writeString(files.resolve("/data/in-volume"), "v");
        MemoryTrees.delete(files.resolve("/usr/share/nginx/html"));
        Files.createDirectory(files.resolve("/usr/share/nginx/html"));
        Files.writeString(files.resolve("/usr/share/nginx/html/only.html"), "new site");
        Files.setLastModifiedTime(files.resolve("/tmp/a"), FileTime.fromMillis(86_400_000L));
        List<String> before = listing(files);
        String diff = diffText(files);

        files.release();

        assertThat(files.materialized()).isFalse();
        assertThat(listing(files)).containsExactlyElementsOf(before);
        assertThat(diffText(files)).isEqualTo(diff).contains("D /usr/share/nginx/html/index.html", "C /bin/ls");
        assertThat(Files.readString(files.resolve("/data/in-volume"))).isEqualTo("v");
    }

    @Test
    void aContainerThatChangedNothingKeepsOnlyTheDaemonsFilesAtRest() throws Exception {
        ContainerFiles files = container(List.of());
        List<String> before = listing(files);

        files.release();

        // the root, /.dockerenv, /etc, /etc/hostname, /etc/hosts, /etc/resolv.conf, the /etc/mtab link and the /data
        // mount point
        assertThat(files.pathsAtRest()).isEqualTo(8);
        assertThat(listing(files)).containsExactlyElementsOf(before);
        assertThat(Files.readString(files.resolve("/etc/hostname"))).isEqualTo("abc\n");
        assertThat(diffText(files)).isEqualTo("A /data");
    }

    @Test
    void theDaemonRewritesItsHostsFileInALayerAtRestWithoutBuildingIt() throws Exception {
        ContainerFiles atRest = new ContainerFiles(TestImages.nginx(), container(List.of()).mounts(), volumes,
                Map.of("/etc/hostname", "abc\n"), new RecentLayers(), false); // a use would leave it built
        ContainerFiles built = container(List.of());
        for (ContainerFiles files : List.of(atRest, built)) {
            Files.setPosixFilePermissions(files.resolve("/etc/hosts"), PosixFilePermissions.fromString("rw-rw----"));
            files.release();
        }
        List<String> before = listing(atRest);
        atRest.release();
        Instant start = Instant.now();

        atRest.replaceDaemonFile("/etc/hosts", "172.17.0.2\tweb\n");
        assertThat(atRest.materialized()).isFalse();
        built.using(() -> {
            built.replaceDaemonFile("/etc/hosts", "172.17.0.2\tweb\n");
            return null;
        });

        assertThat(atRest.readText("/etc/hosts")).isEqualTo("172.17.0.2\tweb\n");
        List<String> after = listing(atRest);
        String hosts = "/etc/hosts rw-rw---- '172.17.0.2\tweb\n'"; // the mode kept, as a write into the file keeps it
        assertThat(withoutTimeOfHosts(after)).contains(hosts).isEqualTo(withoutTimeOfHosts(before).stream()
                .map(line -> line.startsWith("/etc/hosts ") ? hosts : line).toList());
        assertThat(withoutTimeOfHosts(listing(built))).contains(hosts);
        assertThat(Files.getLastModifiedTime(atRest.resolve("/etc/hosts")).toInstant()).isAfterOrEqualTo(start);
        assertThat(diffText(atRest)).isEqualTo(diffText(built)).isEqualTo("A /data");
    }

    @Test
    void changesMadeAfterARebuildAddToTheEarlierOnes() throws Exception {
        ContainerFiles files = container(List.of());
        Files.writeString(files.resolve("/tmp/one"), "1");
        files.release();
        Files.writeString(files.resolve("/tmp/two"), "2");
        Files.delete(files.resolve("/etc/passwd"));
        files.release();

        assertThat(diffText(files)).isEqualTo("A /data C /etc D /etc/passwd C /tmp A /tmp/one A /tmp/two");
    }

    @Test
    void aSnapshotCopyOfABuiltLayerSharesItsChangesButNotItsLaterOnes() throws Exception {
        ContainerFiles files = container(List.of("/t"));
        Files.writeString(files.resolve("/tmp/one"), "1");
        Files.writeString(files.resolve("/t/scratch"), "s");
        ContainerFiles copy = files.copy();
        assertThat(copy.materialized()).isFalse();

        Files.writeString(files.resolve("/tmp/one"), "changed");
        files.release();

        assertThat(Files.readString(copy.resolve("/tmp/one"))).isEqualTo("1");
        assertThat(Files.readString(copy.resolve("/t/scratch"))).isEqualTo("s");
        assertThat(Files.readString(files.resolve("/tmp/one"))).isEqualTo("changed");
    }

    @Test
    void anUndoSnapshotLeavesALayerKeptBetweenUsesBuiltAndTakesWhatWasWrittenSince() throws Exception {
        RecentLayers recent = new RecentLayers();
        ContainerFiles files = new ContainerFiles(TestImages.nginx(), List.of(), volumes, Map.of(), recent, false);
        files.using(() -> write(files.resolve("/tmp/one"), "1"));

        ContainerFiles first = files.copy();
        assertThat(files.materialized()).isTrue();
        files.using(() -> write(files.resolve("/tmp/one"), "2"));
        ContainerFiles second = files.copy();
        files.using(() -> write(files.resolve("/tmp/one"), "3"));

        assertThat(files.materialized()).isTrue();
        assertThat(first.readText("/tmp/one")).isEqualTo("1");
        assertThat(second.readText("/tmp/one")).isEqualTo("2");
        assertThat(files.readText("/tmp/one")).isEqualTo("3");
        assertThat(diffText(second)).isEqualTo("C /tmp A /tmp/one");
    }

    @Test
    void snapshotsOfALayerNobodyUsedInBetweenShareOneCaptureOfItsChanges() throws Exception {
        ContainerFiles files = new ContainerFiles(TestImages.nginx(), List.of(), volumes, Map.of(), new RecentLayers(), false);
        files.using(() -> write(files.resolve("/tmp/one"), "1"));

        ContainerFiles first = files.copy();
        ContainerFiles second = files.copy();
        files.reading(() -> diffText(files) + ArchivePath.stat(files, "c", "/tmp/one") + files.readText("/tmp/one"));
        ContainerFiles afterReadsOnly = files.copy();
        files.using(() -> files.readText("/tmp/one"));
        ContainerFiles afterARead = files.copy();

        assertThat(first.sharesChangesWith(second)).isTrue();
        assertThat(first.sharesChangesWith(afterReadsOnly)).as("docker diff, stat, a page read").isTrue();
        assertThat(first.sharesChangesWith(afterARead)).isFalse(); // any use may have written: captured again
        assertThat(afterARead.readText("/tmp/one")).isEqualTo("1");
    }

    @Test
    void aNestedUseKeepsTheLayerBuiltUntilTheOutermostUseEnds() throws Exception {
        ContainerFiles files = container(List.of());
        String inner = files.using(() -> {
            Path note = files.resolve("/tmp/note");
            write(note, "1");
            String diff = files.using(() -> diffText(files)); // as an exec's curl reaching the container's own server
            write(note, "2");
            return diff;
        });

        assertThat(inner).isEqualTo("A /data C /tmp A /tmp/note");
        assertThat(files.materialized()).isFalse();
        assertThat(Files.readString(files.resolve("/tmp/note"))).isEqualTo("2");
    }

    private static List<String> withoutTimeOfHosts(List<String> listing) {
        return listing.stream().map(line -> line.startsWith("/etc/hosts ") ? line.replaceFirst(" \\S+Z ", " ") : line).toList();
    }

    private static Void write(Path p, String text) {
        try {
            Files.writeString(p, text);
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void containersOfOneImageShareOneImageTree() {
        Map<String, io.dockertutor.engine.sim.catalog.FileSpec> image = TestImages.nginx();

        assertThat(ImageTree.of(image)).isSameAs(ImageTree.of(image));
        assertThat(ImageTree.of(new HashMap<>(image))).isNotSameAs(ImageTree.of(image));
    }
}
