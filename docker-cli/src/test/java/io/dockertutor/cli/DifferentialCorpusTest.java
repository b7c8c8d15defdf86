package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every session of {@code corpus/sessions} on the simulated engine (with the lab engine's stand-in images,
 * {@code corpus/lab-catalog.yaml}) and compares the transcript with the one recorded against a real engine, after
 * the masks of {@link CorpusReplay}. Re-record with {@code scripts/lab-engine.sh up && scripts/record-corpus}.
 * Sessions named in {@code corpus/pending.txt} wait for simulator features not built yet; each line says which.
 * {@code -Dcorpus.includePending=true} replays them too, to see how far they are.
 */
class DifferentialCorpusTest {
    private static final Path CORPUS = CorpusReplay.CORPUS;

    static Stream<String> sessions() throws IOException {
        Map<String, String> pending = pending();
        try (Stream<Path> files = Files.list(CORPUS.resolve("sessions"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sh"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(n -> !n.startsWith("engine20-"))
                    .filter(n -> !pending.containsKey(n) || Boolean.getBoolean("corpus.includePending"))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    /** Session name to the reason it waits, from {@code corpus/pending.txt} ({@code NAME: reason}). */
    static Map<String, String> pending() throws IOException {
        return pending(CORPUS.resolve("pending.txt"));
    }

    /** Session name to the reason it waits, from a pending list ({@code NAME: reason} lines). */
    static Map<String, String> pending(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        return Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(':')).trim(), l -> l.substring(l.indexOf(':') + 1).trim()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void simulatorPrintsWhatTheRealEngineRecorded(String session, @TempDir Path workspace) throws IOException {
        String script = Files.readString(CORPUS.resolve("sessions").resolve(session + ".sh"));
        String real = Files.readString(CORPUS.resolve("real").resolve(session + ".txt"));

        String maskedSim = CorpusReplay.maskSimulated(CorpusReplay.simulate(script, workspace), workspace);
        String maskedReal = CorpusReplay.maskReal(real);
        assertSameTranscript(session, "sim", maskedSim, maskedReal);
    }

    /**
     * Asserts a masked transcript ({@code side}: {@code sim}, {@code tutor}) equals the masked recording; when not, leaves
     * both where {@code diff target/corpus-diff/NAME.real target/corpus-diff/NAME.SIDE} shows the change.
     */
    static void assertSameTranscript(String session, String side, String masked, String maskedReal) throws IOException {
        if (!masked.equals(maskedReal)) {
            Path diffDir = Files.createDirectories(Path.of("target", "corpus-diff"));
            Files.writeString(diffDir.resolve(session + ".real"), maskedReal);
            Files.writeString(diffDir.resolve(session + "." + side), masked);
        }
        assertThat(masked)
                .as("masked transcript of %s on the %s side (recorded with the docker CLI: corpus/real/%s.txt)", session, side, session)
                .isEqualTo(maskedReal);
    }

    @org.junit.jupiter.api.Test
    void everyPendingSessionExistsAndSaysWhatItWaitsFor() throws IOException {
        for (Map.Entry<String, String> e : pending().entrySet()) {
            assertThat(CORPUS.resolve("sessions").resolve(e.getKey() + ".sh")).exists();
            assertThat(e.getValue()).as("reason for %s", e.getKey()).isNotBlank();
        }
        assertThat(sessions().count()).as("sessions compared").isGreaterThan(0);
        assertThat(List.of(sessions().toArray())).doesNotHaveDuplicates();
    }
}
