package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads of a layer at rest (a check's {@code stat}, a container's web server reading a page) answer exactly what the
 * built layer answers, and the common ones do so without building it.
 */
class LayerAtRestTest {
    private final VolumeStore volumes = new VolumeStore(Clock.systemUTC());
    @TempDir
    Path host;

    /** nginx on Debian's layout: /bin links to usr/bin, a site in a volume, a bind, a tmpfs. */
    private static Map<String, FileSpec> image() {
        Map<String, FileSpec> files = new LinkedHashMap<>(TestImages.debian());
        files.put("/tmp", FileSpec.directory(01777));
        files.put("/etc/nginx/nginx.conf", FileSpec.file("events {}\n", 0644));
        files.put("/etc/nginx/conf.d", FileSpec.symlink("/etc/nginx/sites"));
        files.put("/etc/nginx/sites/default.conf", FileSpec.file("server {}\n", 0600));
        files.put("/usr/share/nginx/html/index.html", FileSpec.file("<h1>Welcome to nginx!</h1>\n", 0644));
        files.put("/usr/share/nginx/html/50x.html", FileSpec.file("<h1>Error</h1>\n", 0644));
        files.put("/usr/share/doc/readme", FileSpec.file("read me\n", 0444));
        files.put("/var/run", FileSpec.symlink("/run"));
        files.put("/run/lock", FileSpec.directory(01777));
        files.put("/loop/a", FileSpec.symlink("b"));
        files.put("/loop/b", FileSpec.symlink("a"));
        files.put("/up", FileSpec.symlink("usr/share/../share/doc"));
        return files;
    }

    private ContainerFiles container() {
        ContainerSpec spec = ContainerSpec.builder("nginx")
                .binds(List.of("site:/usr/share/nginx/html", host.resolve("srv") + ":/srv"))
                .tmpfs(List.of("/scratch")).build();
        ContainerFiles files = new ContainerFiles(image(), MountPlanner.plan(spec, volumes, host::resolve), volumes,
                Map.of("/etc/hostname", "abc\n"));
        files.populateVolumes();
        return files;
    }

    /** Every path a learner's command or a check could ask about here: the whole built tree and more. */
    private List<String> probes(ContainerFiles files) throws IOException {
        TreeSet<String> paths = new TreeSet<>(List.of("/", "/nosuch", "/tmp/nosuch/deeper", "/usr/bin/cat/x",
                "/bin/cat", "/bin/sh", "/usr/bin/sh", "/etc/nginx/conf.d/default.conf", "/var/run/lock",
                "/var/run/nosuch", "/loop/a", "/up/readme", "/proc/1/status", "/sys/kernel", "/dev/null",
                "/etc/hosts", "/etc/hostname", "/.dockerenv", "/etc/mtab", "/srv/page.html", "/scratch/x",
                "/usr/share/nginx/html/index.html", "/usr/share/nginx/html/nosuch.html", "/usr/share/nginx",
                "/tmp/abs", "/tmp/rel", "/tmp/up", "/tmp/site", "/tmp/site/index.html", "/tmp/gone/x", "/etc/passwd"));
        files.reading(() -> {
            try {
                Path root = files.resolve("/");
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        boolean kernel = dir.startsWith(root.resolve("proc")) || dir.startsWith(root.resolve("sys"));
                        paths.add("/" + root.relativize(dir));
                        return kernel ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        paths.add("/" + root.relativize(file));
                        return FileVisitResult.CONTINUE;
                    }
                });
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        files.release();
        return new ArrayList<>(paths);
    }

    /** What docker cp's stat (the link itself and, with a trailing /, followed), a page read and its time give. */
    private static String answers(ContainerFiles files, String path) {
        return path + " stat=" + stat(files, path) + " stat/=" + stat(files, path + "/")
                + " read=" + files.readFile(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("none")
                + " modified=" + files.modified(path).map(Object::toString).orElse("none");
    }

    private static String stat(ContainerFiles files, String path) {
        try {
            return ArchivePath.stat(files, "web", path).toString();
        } catch (EngineException e) {
            return e.getMessage();
        }
    }

    @Test
    void aContainerNothingBuiltYetAnswersEveryPathAsItsBuiltLayerWould() throws Exception {
        Files.createDirectories(host.resolve("srv"));
        Files.writeString(host.resolve("srv/page.html"), "bound");
        List<String> probes = probes(container());
        List<String> answeredAtRest = new ArrayList<>();
        for (String path : probes) {
            ContainerFiles files = container(); // never built: the first fallback would build it
            String atRest = answers(files, path);
            if (files.untouched()) {
                // (a path that needed a build was answered by it; the first build's times differ from a second's)
                answeredAtRest.add(path);
                assertThat(atRest).isEqualTo(files.reading(() -> answers(files, path)));
            }
        }
        assertThat(answeredAtRest).contains("/bin/cat", "/usr/bin/dash", "/etc/nginx/conf.d/default.conf",
                "/usr/share/nginx/html/index.html", "/usr/share/nginx/html/nosuch.html", "/usr/share/doc/readme",
                "/nosuch", "/var/run/nosuch", "/tmp", "/usr/share/nginx/html")
                .doesNotContain("/", "/etc", "/etc/hosts", "/usr/share/nginx", "/srv/page.html", "/up/readme", "/bin/sh");
    }

    @Test
    void aLayerShrunkToItsChangesAnswersEveryPathAsItsBuiltLayerWould() throws Exception {
        ContainerFiles files = container();
        files.using(() -> {
            try {
                Files.writeString(files.resolve("/tmp/new"), "new");
                Files.writeString(files.resolve("/etc/nginx/nginx.conf"), "changed {}\n");
                Files.setPosixFilePermissions(files.resolve("/usr/share/doc/readme"), PosixFilePermissions.fromString("rw-------"));
                Files.delete(files.resolve("/etc/passwd"));
                MemoryTrees.delete(files.resolve("/usr/share/doc"));
                Files.writeString(files.resolve("/usr/share/doc"), "a file where a directory was");
                Path tmp = files.resolve("/tmp");
                Files.createSymbolicLink(tmp.resolve("abs"), tmp.getFileSystem().getPath("/etc/nginx/nginx.conf"));
                Files.createSymbolicLink(tmp.resolve("rel"), tmp.getFileSystem().getPath("new"));
                Files.createSymbolicLink(tmp.resolve("up"), tmp.getFileSystem().getPath("../etc"));
                Files.createSymbolicLink(tmp.resolve("site"), tmp.getFileSystem().getPath("/usr/share/nginx/html"));
                Files.createDirectories(tmp.resolve("gone"));
                Files.writeString(files.resolve("/usr/share/nginx/html/index.html"), "<h1>Mine</h1>");
                Files.setLastModifiedTime(files.resolve("/usr/share/nginx/html"), FileTime.fromMillis(86_400_000L));
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> probes = probes(files);
        List<String> atRest = new ArrayList<>();
        List<String> answeredAtRest = new ArrayList<>();
        for (String path : probes) {
            atRest.add(answers(files, path));
            if (!files.materialized()) {
                answeredAtRest.add(path);
            }
            files.release(); // a fallback that built it: at rest again for the next path
        }

        assertThat(atRest).containsExactlyElementsOf(files.reading(() -> probes.stream().map(p -> answers(files, p)).toList()));
        assertThat(answeredAtRest).contains("/tmp/new", "/tmp/site/index.html", "/etc", "/etc/passwd", "/usr/bin/cat",
                "/usr/share/doc", "/usr/share/nginx/html/index.html", "/etc/hosts")
                .doesNotContain("/tmp/up", "/tmp/abs", "/srv/page.html"); // .., a link's own stat, a bind
        assertThat(String.join("\n", atRest)).contains("/tmp/abs stat=PathStat[name=abs", "read=changed {}",
                "/tmp/site/index.html stat=PathStat[name=index.html, size=13", "read=<h1>Mine</h1>");
    }
    @Test
    void aShellReachesAVolumesFilesWithoutBuildingTheLayerWhereTheBuiltViewWouldReachTheSameFile() throws Exception {
        ContainerFiles fresh = container();
        ContainerFiles rest = container();
        rest.using(() -> {
            try {
                Path site = rest.resolve("/usr/share/nginx/html");
                Files.createDirectories(site.resolve("sub"));
                Files.createSymbolicLink(site.resolve("link"), site.getFileSystem().getPath("/etc/passwd"));
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> paths = List.of("/usr/share/nginx/html/index.html", "/usr/share/nginx/html/new.html",
                "/usr/share/nginx/html/sub/new.html", "/usr/share/nginx/html/no/such/dir", "/usr/share/nginx/html",
                "/usr/share/nginx/html/link", "/usr/share/nginx/html/sub/../index.html", "/tmp/x", "/srv/page.html");
        for (ContainerFiles files : List.of(fresh, rest)) {
            LazyContainerView shell = new LazyContainerView(files);
            List<String> reached = new ArrayList<>();
            List<String> withoutLayer = new ArrayList<>();
            for (String path : paths) {
                reached.add(path + " -> " + shell.resolve(path) + " " + shell.resolveEntry(path));
                if (!files.materialized()) {
                    withoutLayer.add(path);
                }
                files.release();
            }

            List<String> built = files.reading(() -> paths.stream().map(path -> {
                try {
                    return path + " -> " + files.view().resolve(path) + " " + files.view().resolveEntry(path);
                } catch (io.dockertutor.sh.OutsideViewException e) {
                    throw new AssertionError(e);
                }
            }).toList());
            assertThat(reached).isEqualTo(built);
            assertThat(withoutLayer).containsExactly("/usr/share/nginx/html/index.html", "/usr/share/nginx/html/new.html",
                    "/usr/share/nginx/html/sub/new.html", "/usr/share/nginx/html/no/such/dir", "/usr/share/nginx/html",
                    "/usr/share/nginx/html/sub/../index.html"); // not a link in the volume, the layer's /tmp, a bind
        }
    }
}
