package io.dockertutor.cli;

import io.dockertutor.engine.contract.CorpusMask;
import io.dockertutor.engine.docker.DockerJavaEngine;
import io.dockertutor.engine.docker.HostCommand;
import io.dockertutor.engine.docker.RealEngineExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The third side of the differential corpus: every session of {@code corpus/sessions} typed into the tutor running
 * on the real engine (docker-java, {@link DockerJavaEngine}) prints what the real docker CLI printed on that engine
 * ({@code corpus/real}), after the same masks. With {@link DifferentialCorpusTest} (the tutor on the simulated engine
 * against the same recordings) the three agree.
 *
 * <p>Each session starts, as when it was recorded, from an empty engine: this test empties the engine
 * ({@code scripts/lab-engine.sh reset}) and so runs only on the lab engine, which carries the daemon label
 * {@code io.docker-tutor.lab=true}, never on someone's own Docker. Sessions named in
 * {@code corpus/pending-docker.txt} wait for a known difference of the tutor on a real engine; each line says which.
 */
@ExtendWith(RealEngineExtension.class)
class TutorOnRealEngineCorpusTest {
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final Path WORKSPACE = Path.of("/tmp/docker-tutor-corpus/ws");

    private static boolean lab;

    @BeforeAll
    static void onlyOnTheLabEngine() throws IOException, InterruptedException {
        lab = cli("docker", "info", "--format", "{{json .Labels}}").contains("io.docker-tutor.lab=true");
        if (!lab && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true runs the corpus on the lab engine (scripts/lab-engine.sh up), "
                    + "and the engine that answers does not carry its label io.docker-tutor.lab=true");
        }
        Assumptions.assumeTrue(lab, "the corpus on the real engine empties the engine before each session: it runs only on "
                + "the lab engine (scripts/lab-engine.sh up), whose daemon carries the label io.docker-tutor.lab=true");
    }

    /** Leaves the lab engine empty, as it found it, for the real-engine tests of the modules that follow. */
    @AfterAll
    static void emptyTheEngineAgain() throws IOException, InterruptedException {
        if (!lab) {
            return; // never someone's own Docker (JUnit runs @AfterAll even when @BeforeAll's assumption failed)
        }
        cli("bash", CORPUS.resolve("..").resolve("scripts").resolve("lab-engine.sh").toString(), "reset");
    }

    static Stream<String> sessions() throws IOException {
        var pending = DifferentialCorpusTest.pending(CORPUS.resolve("pending-docker.txt"));
        try (Stream<Path> files = Files.list(CORPUS.resolve("sessions"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sh"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(n -> !pending.containsKey(n))
                    // -Dcorpus.only=PREFIX replays only the sessions whose names start with PREFIX
                    .filter(n -> n.startsWith(System.getProperty("corpus.only", "")))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void tutorOnTheRealEnginePrintsWhatTheDockerCliPrinted(String session) throws IOException, InterruptedException {
        String script = Files.readString(CORPUS.resolve("sessions").resolve(session + ".sh"));
        String real = Files.readString(CORPUS.resolve("real").resolve(session + ".txt"));
        String reset = cli("bash", CORPUS.resolve("..").resolve("scripts").resolve("lab-engine.sh").toString(), "reset");
        org.assertj.core.api.Assertions.assertThat(reset).as("scripts/lab-engine.sh reset").isEmpty();
        freshWorkspace();

        String printed;
        try (DockerJavaEngine engine = DockerJavaEngine.fromEnvironment("corpus-" + UUID.randomUUID(), Locale.ENGLISH)) {
            Interpreter interpreter = new Interpreter(engine, WORKSPACE, Locale.ENGLISH, Clock.systemUTC());
            CorpusReplay.withRecordingHome(interpreter);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            // The CLI's recording had bash start curl after docker run -d; the tutor is at once faster than a server.
            new BatchRunner(interpreter, out, out, true)
                    .pausingBefore(command -> command.startsWith("curl"), Duration.ofSeconds(1)).run(script);
            printed = bytes.toString(StandardCharsets.UTF_8);
        }

        String maskedTutor = CorpusMask.unordered(CorpusMask.mask(printed, WORKSPACE.toString()));
        String maskedReal = CorpusMask.unordered(CorpusMask.mask(real, WORKSPACE.toString()));
        DifferentialCorpusTest.assertSameTranscript(session, "tutor", maskedTutor, maskedReal);
    }

    private static void freshWorkspace() throws IOException {
        if (Files.exists(WORKSPACE)) {
            try (Stream<Path> walk = Files.walk(WORKSPACE)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(WORKSPACE);
    }

    private static String cli(String... command) throws IOException, InterruptedException {
        return HostCommand.output(command);
    }
}
