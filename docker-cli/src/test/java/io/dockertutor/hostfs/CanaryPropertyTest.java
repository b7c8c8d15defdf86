package io.dockertutor.hostfs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
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
 * Random trees of files, directories and links (relative, absolute, chains, loops, {@code ..}, links into a canary
 * directory next to the workspace) and random operations on them (shell builtins, redirections, {@code docker cp}
 * both ways, bind-mount runs that read, write and delete, builds with {@code COPY}, {@code --iidfile}) never read,
 * change or touch anything outside the workspace: the canary's names, contents, link targets and modification
 * times are the same after every try, and no output shows its secret.
 */
class CanaryPropertyTest {
    private static Path root;
    private static Path canary;
    private static SimulatedEngine engine;
    private static final String SECRET = "canary-secret";

    /** Names a tree and the operations are drawn from; {@code x} is where docker cp restores. */
    private static final List<String> NAMES = List.of("a", "b", "a/c", "a/d", "b/e", "l1", "l2", "a/l3", "x", "x/d");

    /** Link targets; {@code {C}} is the canary, {@code {W}} the workspace, {@code {R}} their common parent. */
    private static final List<String> TARGETS = List.of("{C}", "{C}/secret.txt", "{C}/sub", "../canary", "../../canary",
            "../canary/secret.txt", "..", "../..", ".", "a", "a/c", "l1", "l2", "a/l3", "../l1", "{W}/a", "{W}/../canary",
            "{R}", "/etc/passwd", "/", "missing", "{C}/new", "b/../../canary", "l1/../..", "x/d");

    private static final List<String> OPS = List.of(
            "cat P", "cat P/secret.txt", "ls P", "ls -l P", "ls -R P", "cp P Q", "cp -r P Q", "mv P Q", "rm P", "rm -r P",
            "rm -rf P", "echo hi > P", "echo hi >> P/secret.txt", "echo hi | tee P", "touch P", "mkdir -p P/new",
            "grep -r secret P", "head P", "wc P", "rmdir P", "test -e P && cat P",
            "docker cp box:/d P", "docker cp box:/d/. P", "docker cp box:/d/secret P", "docker cp -L P box:/tmp/",
            "docker cp P box:/tmp/", "docker cp box:/d/dir/. P",
            "docker run --rm -v {W}/P:/w busybox sh -c 'ls -R /w; cat /w/*; cat /w/secret.txt; echo x > /w/new; rm -f /w/secret.txt; rm -rf /w/sub'",
            "docker run --rm -v {W}/P:/w:ro busybox cat /w/secret.txt",
            "docker run --rm --mount type=bind,src={W}/P,dst=/w busybox sh -c 'echo x > /w/secret.txt; touch /w/*'",
            "docker build -q -f P .", "docker build -q P", "docker build -q --iidfile P .",
            "docker run --rm --env-file P busybox env", "docker create --cidfile P/id busybox");

    record Node(int kind, String name, String target) {
    }

    record Op(String template, String p, String q) {
        String line(Path ws) {
            return template.replace("{W}", ws.toString()).replace("P", p).replace("Q", q);
        }
    }

    @BeforeContainer
    static void image() throws IOException {
        root = Files.createTempDirectory("canary-property").toRealPath();
        canary = Files.createDirectories(root.resolve("canary"));
        Files.writeString(canary.resolve("secret.txt"), SECRET + "\n");
        Files.createDirectories(canary.resolve("sub"));
        Files.writeString(canary.resolve("sub/key"), SECRET + "-key\n");
        Files.setLastModifiedTime(canary.resolve("secret.txt"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(canary.resolve("sub"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(canary, FileTime.fromMillis(1_000_000_000_000L));
        engine = SimulatedEngine.withDefaultCatalog();
        Path ws = Files.createDirectories(root.resolve("setup"));
        engine.hostRoot(ws);
        Files.writeString(ws.resolve("Dockerfile"), "FROM busybox\n"
                + "RUN mkdir -p /d/dir && echo mine > /d/dir/f && echo mine > /d/own\n"
                + "RUN ln -s " + canary + " /d/abs\n"
                + "RUN ln -s ../../../../../../../../../../.." + canary + " /d/rel\n"
                + "RUN ln -s " + canary + "/secret.txt /d/secret\n"
                + "RUN ln -s loop /d/loop\n"
                + "RUN ln -s .. /d/up\n"
                + "RUN ln -s own /d/near\n");
        Interpreter setup = new Interpreter(engine, ws, Locale.ENGLISH, Clock.systemUTC());
        int status = setup.run("docker build -q -t box . && docker create --name box busybox sleep 1000 && docker start box"
                + " && docker rm -f box && docker create --name box box", InputStream(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        assertThat(status).isZero();
        CanaryFiles.delete(ws);
    }

    private static java.io.InputStream InputStream() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @AfterContainer
    static void cleanUp() {
        CanaryFiles.delete(root);
    }

    @Provide
    Arbitrary<List<Node>> trees() {
        Arbitrary<Node> node = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(NAMES),
                Arbitraries.of(TARGETS)).as(Node::new);
        return node.list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(OPS), Arbitraries.of(NAMES), Arbitraries.of(NAMES)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void nothingOutsideTheWorkspaceIsEverReadOrTouched(@ForAll("trees") List<Node> tree,
                                                       @ForAll("operations") List<Op> ops) throws IOException {
        Map<String, String> before = outsideState();
        Path ws = Files.createTempDirectory(root, "ws").toRealPath();
        try {
            plant(ws, tree);
            engine.hostRoot(ws);
            Interpreter shell = new Interpreter(engine, ws, Locale.ENGLISH, Clock.systemUTC());
            for (Op op : ops) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                shell.run(op.line(ws), InputStream(), out, out);
                assertThat(out.toString(StandardCharsets.UTF_8)).as(op.line(ws)).doesNotContain(SECRET);
                assertThat(outsideState()).as(op.line(ws)).isEqualTo(before);
            }
        } finally {
            CanaryFiles.delete(ws);
        }
    }

    private static void plant(Path ws, List<Node> tree) throws IOException {
        for (Node n : tree) {
            Path p = ws.resolve(n.name());
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(p.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.exists(p.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(p.getParent());
                } else {
                    continue;
                }
            }
            switch (n.kind()) {
                case 0 -> Files.writeString(p, "file " + n.name() + "\n");
                case 1 -> Files.createDirectory(p);
                default -> Files.createSymbolicLink(p, Path.of(n.target().replace("{C}", canary.toString())
                        .replace("{W}", ws.toString()).replace("{R}", root.toString())));
            }
        }
    }

    /** Everything under the common parent but the workspaces, read without following a link. */
    private static Map<String, String> outsideState() {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(canary)) {
            for (Path p : walk.toList()) {
                state.put(root.relativize(p).toString(), CanaryFiles.describe(p));
            }
            try (Stream<Path> top = Files.list(root)) {
                top.filter(p -> !p.getFileName().toString().startsWith("ws")).forEach(p -> state.put(root.relativize(p).toString(), "top"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

}
