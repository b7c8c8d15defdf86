package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.hostfs.CanaryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random hostile lessons: links planted in the workspace (as a student's own shell could leave them), random
 * {@code files:} names written over and through them, and random {@code setup:} commands that restore and reuse
 * links with {@code docker cp}; starting such a lesson never changes a canary directory next to the workspace.
 */
class HostileLessonPropertyTest {
    private static final Catalog CATALOG = new CatalogLoader(Locale.ENGLISH).loadDefault();
    private static Path root;
    private static Path canary;

    private static final List<String> NAMES = List.of("a", "b", "a/c", "l1", "l2", "x", "x/link", "x/link/f", "conf/f");
    private static final List<String> TARGETS = List.of("{C}", "{C}/secret.txt", "../canary", "..", "a", "l1", "l2",
            "../../canary/secret.txt", "missing", "{C}/new");
    private static final List<String> SETUP = List.of("docker cp box:/d ./x", "docker cp box:/d/. ./x",
            "docker cp box:/d/dir/. ./x/link", "docker cp box:/d/dir/. ./P", "docker cp box:/d/abs ./P", "cp -r x P",
            "echo hi > P", "rm -rf P", "mv P x", "docker run --rm -v {W}/P:/w box sh -c 'echo x > /w/f; rm -f /w/secret.txt'");

    record Planted(String name, String target) {
    }

    record Setup(String template, String p) {
        String line(Path ws) {
            return template.replace("{W}", ws.toString()).replace("P", p);
        }
    }

    @BeforeContainer
    static void canary() throws IOException {
        root = Files.createTempDirectory("hostile-lesson").toRealPath();
        canary = Files.createDirectories(root.resolve("canary"));
        Files.writeString(canary.resolve("secret.txt"), "secret\n");
        Files.setLastModifiedTime(canary.resolve("secret.txt"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(canary, FileTime.fromMillis(1_000_000_000_000L));
    }

    @AfterContainer
    static void cleanUp() {
        CanaryFiles.delete(root);
    }

    @Provide
    Arbitrary<List<Planted>> links() {
        return Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(TARGETS)).as(Planted::new).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> fileNames() {
        return Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    @Provide
    Arbitrary<List<Setup>> setups() {
        return Combinators.combine(Arbitraries.of(SETUP), Arbitraries.of(NAMES)).as(Setup::new).list().ofMaxSize(4);
    }

    @Property(tries = 25)
    void startingAHostileLessonNeverTouchesTheCanary(@ForAll("links") List<Planted> links,
                                                      @ForAll("fileNames") List<String> files,
                                                      @ForAll("setups") List<Setup> setup) throws IOException {
        Map<String, String> before = canaryState();
        Path ws = Files.createTempDirectory(root, "ws").toRealPath();
        try {
            for (Planted l : links) {
                Path p = ws.resolve(l.name());
                // planted as a student's shell would, never through a link planted before
                if (makeParents(ws, p) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(p, Path.of(l.target().replace("{C}", canary.toString())));
                }
            }
            Map<String, String> lessonFiles = new LinkedHashMap<>();
            lessonFiles.put("Dockerfile", "FROM busybox\nRUN mkdir -p /d/dir && echo planted > /d/dir/secret.txt\n"
                    + "RUN ln -s " + canary + " /d/abs\nRUN ln -s ../../../../../../../.." + canary + " /d/rel\n");
            files.forEach(f -> lessonFiles.put(f, "overwritten\n"));
            StringBuilder yaml = new StringBuilder("id: hostile\ntitle: Hostile\nfiles:\n");
            lessonFiles.forEach((k, v) -> yaml.append("  ").append(k).append(": \"").append(v.replace("\n", "\\n")).append("\"\n"));
            yaml.append("setup:\n  - \"!docker build -q -t box .\"\n  - \"!docker create --name box box\"\n");
            for (Setup s : setup) {
                yaml.append("  - \"!").append(s.line(ws).replace("\"", "\\\"")).append("\"\n");
            }
            yaml.append("steps:\n  - {id: a, text: A, hints: [h], solution: [docker pull busybox], check: [{image: busybox}]}\n");
            Lesson lesson = new LessonReader().read(yaml.toString(), "hostile.yaml").lesson();
            SimulatedEngine engine = new SimulatedEngine(CATALOG, Clock.systemUTC());
            engine.hostRoot(ws);
            try {
                new LessonRun(lesson, engine, ws, Locale.ENGLISH);
            } catch (IOException refused) {
                // a lesson file outside the workspace stops the lesson: what matters is what did not happen
            }
            assertThat(canaryState()).as(yaml.toString()).isEqualTo(before);
        } finally {
            CanaryFiles.delete(ws);
        }
    }

    /** Creates {@code p}'s parents one by one; false when one of them exists as anything but a directory. */
    private static boolean makeParents(Path ws, Path p) throws IOException {
        Path dir = ws;
        for (Path part : ws.relativize(p.getParent())) {
            dir = dir.resolve(part.toString());
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
            } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> canaryState() {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> p.startsWith(canary) || p.getParent() != null && p.getParent().equals(root)
                    && !p.getFileName().toString().startsWith("ws")).toList()) {
                state.put(root.relativize(p).toString(), CanaryFiles.describe(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

}
