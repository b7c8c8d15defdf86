package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.PathStat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerFilesTest {
    private final VolumeStore volumes = new VolumeStore(Clock.systemUTC());
    @TempDir
    Path host;

    private ContainerFiles container(List<String> binds, List<String> tmpfs) {
        ContainerSpec spec = ContainerSpec.builder("nginx").binds(binds).tmpfs(tmpfs).build();
        List<Mount> mounts = MountPlanner.plan(spec, volumes, host::resolve);
        return new ContainerFiles(TestImages.nginx(), mounts, volumes, Map.of());
    }

    private static String diffText(ContainerFiles files) {
        return String.join(" ", files.diff().stream().map(c -> c.kind() + " " + c.path()).toList());
    }

    @Test
    void nothingIsBuiltUntilTheFilesAreUsed() {
        ContainerFiles files = container(List.of(), List.of());
        assertThat(files.diff()).isEmpty();
        assertThat(files.sizeRw()).isZero();
        assertThat(files.materialized()).isFalse();
        files.view();
        assertThat(files.materialized()).isTrue();
    }

    @Test
    void diffListsAddedChangedAndDeletedPathsWithTheirDirectoriesFirst() throws Exception {
        ContainerFiles files = container(List.of(), List.of());
        Files.createDirectories(files.resolve("/tmp/a/b"));
        Files.writeString(files.resolve("/tmp/a/b/f"), "hi\n");
        Files.writeString(files.resolve("/etc/group"), "changed\n");
        Files.writeString(files.resolve("/etc/hostname2"), "x\n");
        Files.delete(files.resolve("/etc/passwd"));
        Files.createDirectory(files.resolve("/zz"));
        Files.writeString(files.resolve("/aa"), "\n");
        assertThat(diffText(files)).isEqualTo("A /aa C /etc C /etc/group A /etc/hostname2 D /etc/passwd "
                + "C /tmp A /tmp/a A /tmp/a/b A /tmp/a/b/f A /zz");
        assertThat(files.sizeRw()).isEqualTo(3 + 8 + 2 + 1);
    }

    @Test
    void daemonManagedFilesAndMountContentStayOutOfTheDiffButMountPointsAreAdded() throws Exception {
        ContainerFiles files = container(List.of("simfs-data:/data", "/srv:/usr/share/nginx/html/bnd"), List.of("/t"));
        Files.writeString(files.resolve("/data/x"), "in the volume");
        Files.writeString(files.resolve("/etc/hostname"), "abc\n");
        assertThat(diffText(files)).isEqualTo("A /data A /t C /usr C /usr/share C /usr/share/nginx "
                + "C /usr/share/nginx/html A /usr/share/nginx/html/bnd");
        assertThat(Files.readString(volumes.dataPath("simfs-data").resolve("x"))).isEqualTo("in the volume");
    }

    @Test
    void bindMountsAreLiveInBothDirections() throws Exception {
        Files.createDirectories(host.resolve("site"));
        Files.writeString(host.resolve("site/index.html"), "v1");
        ContainerFiles files = container(List.of(host.resolve("site") + ":/usr/share/nginx/html"), List.of());
        assertThat(Files.readString(files.resolve("/usr/share/nginx/html/index.html"))).isEqualTo("v1");
        Files.writeString(host.resolve("site/index.html"), "v2");
        assertThat(Files.readString(files.resolve("/usr/share/nginx/html/index.html"))).isEqualTo("v2");
        Files.writeString(files.resolve("/usr/share/nginx/html/new.txt"), "from the container");
        assertThat(host.resolve("site/new.txt")).hasContent("from the container");
    }

    @Test
    void writesToAReadOnlyMountFailWithTheKernelsText() throws Exception {
        Files.createDirectories(host.resolve("ro"));
        Files.writeString(host.resolve("ro/b.txt"), "b");
        ContainerFiles files = container(List.of(host.resolve("ro") + ":/data:ro"), List.of());
        Path data = files.resolve("/data/b.txt");
        assertThat(Files.readString(data)).isEqualTo("b");
        assertThatThrownBy(() -> Files.writeString(files.resolve("/data/new"), "x"))
                .isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(((FileSystemException) e).getReason()).isEqualTo("Read-only file system"));
        assertThatThrownBy(() -> Files.delete(data)).isInstanceOf(FileSystemException.class);
        assertThatThrownBy(() -> Files.createDirectory(files.resolve("/data/d"))).isInstanceOf(FileSystemException.class);
        assertThatThrownBy(() -> extract(files, "/data")).isInstanceOf(EngineException.class)
                .hasMessage("mounted volume is marked read-only");
    }

    @Test
    void extractionOnAReadOnlyRootIsDecidedByAVolumesOwnModeButATmpfsFollowsTheRoot() throws Exception {
        ContainerSpec spec = ContainerSpec.builder("nginx").binds(List.of("simfs-rw:/rw", "simfs-ro:/ro:ro"))
                .tmpfs(List.of("/t")).build();
        ContainerFiles files = new ContainerFiles(TestImages.nginx(), MountPlanner.plan(spec, volumes, host::resolve),
                volumes, Map.of(), null, true);
        extract(files, "/rw");
        assertThat(Files.readString(volumes.dataPath("simfs-rw").resolve("h.txt"))).isEqualTo("hello\n");
        assertThatThrownBy(() -> extract(files, "/ro")).isInstanceOf(EngineException.class)
                .hasMessage("mounted volume is marked read-only");
        assertThatThrownBy(() -> extract(files, "/t")).isInstanceOf(EngineException.class)
                .hasMessage("container rootfs is marked read-only");
        assertThatThrownBy(() -> extract(files, "/tmp")).isInstanceOf(EngineException.class)
                .hasMessage("container rootfs is marked read-only");
    }

    @Test
    void aReplacedDaemonFileIsWrittenIntoTheLayerBeneathAMountAtItsPath() throws Exception {
        Files.createDirectories(host.resolve("mine"));
        Files.writeString(host.resolve("mine/hosts"), "the learner's\n");
        ContainerFiles files = container(List.of(host.resolve("mine") + ":/etc2", host.resolve("mine/hosts") + ":/etc/hosts"),
                List.of());
        files.view(); // built: the replacement goes into the built layer
        files.replaceDaemonFile("/etc/hosts", "127.0.0.1\tlocalhost\n");
        assertThat(host.resolve("mine/hosts")).hasContent("the learner's");
        assertThat(Files.readString(files.resolve("/etc/hosts"))).isEqualTo("the learner's\n");
        files.release();
        ContainerFiles unmounted = container(List.of(), List.of());
        unmounted.view();
        unmounted.replaceDaemonFile("/etc/hosts", "new\n");
        assertThat(Files.readString(unmounted.resolve("/etc/hosts"))).isEqualTo("new\n");
    }

    @Test
    void statNamesThePathAsTypedAndResolvesLinkTargets() throws Exception {
        ContainerFiles files = container(List.of(), List.of());
        Files.createDirectories(files.resolve("/tmp/a"));
        Files.createSymbolicLink(files.resolve("/tmp/rel"), files.resolve("/tmp").getFileSystem().getPath("a"));
        PathStat link = ArchivePath.stat(files, "web", "/tmp/rel");
        assertThat(link.name()).isEqualTo("rel");
        assertThat(link.linkTarget()).isEqualTo("/tmp/a");
        assertThat(link.size()).isEqualTo(1);
        assertThat(ArchivePath.stat(files, "web", "/tmp/rel/").directory()).isTrue();
        assertThat(ArchivePath.stat(files, "web", "/tmp/a/.").name()).isEqualTo(".");
        assertThat(ArchivePath.stat(files, "web", "/").name()).isEqualTo("/");
        assertThat(ArchivePath.stat(files, "web", "/etc/group").mode()).isEqualTo(0644);
        assertThatThrownBy(() -> ArchivePath.stat(files, "web", "/nosuch")).isInstanceOf(EngineException.class)
                .hasMessage("Could not find the file /nosuch in container web");
    }

    @Test
    void archivesAreNamedAfterThePathsLastElement() throws Exception {
        ContainerFiles files = container(List.of(), List.of());
        Files.createDirectories(files.resolve("/tmp/a/b"));
        Files.writeString(files.resolve("/tmp/a/b/f"), "hi\n");
        assertThat(entries(ArchivePath.archive(files, "web", "/tmp/a"))).containsExactly("a/", "a/b/", "a/b/f");
        assertThat(entries(ArchivePath.archive(files, "web", "/tmp/a/."))).containsExactly("./", "./b/", "./b/f");
        assertThat(entries(ArchivePath.archive(files, "web", "/etc/group"))).containsExactly("group");
        assertThat(entries(ArchivePath.archive(files, "web", "/usr/share/nginx/html")))
                .containsExactly("html/", "html/50x.html", "html/index.html");
    }

    @Test
    void extractUnpacksIntoAnExistingDirectoryOnly() throws Exception {
        ContainerFiles files = container(List.of(), List.of());
        extract(files, "/tmp");
        assertThat(Files.readString(files.resolve("/tmp/h.txt"))).isEqualTo("hello\n");
        assertThat(diffText(files)).isEqualTo("C /tmp A /tmp/h.txt");
        assertThatThrownBy(() -> extract(files, "/nosuchdir")).hasMessage(
                "Could not find the file /nosuchdir in container web");
        assertThatThrownBy(() -> extract(files, "/etc/group")).hasMessage("extraction point is not a directory");
    }

    @Test
    void aCopyStaysAsItWasWhenTheOriginalChanges() throws Exception {
        ContainerFiles files = container(List.of(), List.of("/t"));
        Files.writeString(files.resolve("/tmp/one"), "1");
        Files.writeString(files.resolve("/t/scratch"), "s");
        ContainerFiles copy = files.copy();
        Files.writeString(files.resolve("/tmp/two"), "2");
        Files.delete(files.resolve("/t/scratch"));
        assertThat(diffText(copy)).isEqualTo("A /t C /tmp A /tmp/one");
        assertThat(Files.readString(copy.resolve("/t/scratch"))).isEqualTo("s");
        assertThat(diffText(files)).isEqualTo("A /t C /tmp A /tmp/one A /tmp/two");
    }

    @Test
    void aFirstMountedEmptyVolumeReceivesTheImagesContent() throws Exception {
        ContainerFiles files = container(List.of("nginx_volume:/usr/share/nginx/html"), List.of());
        files.populateVolumes();
        assertThat(files.materialized()).isFalse();
        try (var names = Files.list(volumes.dataRoot().resolve("volumes/nginx_volume/_data"))) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted()).containsExactly("50x.html", "index.html");
        }
        Files.writeString(volumes.dataPath("nginx_volume").resolve("index.html"), "mine");
        container(List.of("nginx_volume:/usr/share/nginx/html"), List.of()).populateVolumes();
        assertThat(Files.readString(volumes.dataPath("nginx_volume").resolve("index.html"))).isEqualTo("mine");
    }

    private static void extract(ContainerFiles files, String dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry e = new TarArchiveEntry("h.txt");
            e.setSize(6);
            tar.putArchiveEntry(e);
            tar.write("hello\n".getBytes());
            tar.closeArchiveEntry();
        }
        ArchivePath.extract(files, "web", dir, bytes.toByteArray());
    }

    private static List<String> entries(byte[] tar) throws Exception {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
