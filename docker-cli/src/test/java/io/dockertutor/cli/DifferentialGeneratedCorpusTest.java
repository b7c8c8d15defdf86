package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every session of {@code corpus/generated/sessions} (written from the grammar by
 * {@code scripts/generate-corpus}, recorded by {@code scripts/record-corpus --generated}) on the simulated engine and
 * compares command by command with the recording, after the masks of {@link CorpusReplay}. A ratchet:
 * {@code corpus/generated/pending.txt} lists each command known to differ under a family that says why; a command
 * that differs and is not listed fails the test, and so does a share of identical commands below the file's
 * {@code identical-at-least}. Listed commands that now match are reported, so the list shrinks. Every difference is
 * written to {@code target/corpus-generated/differences.txt}, and the list as it would be now to
 * {@code target/corpus-generated/pending.txt}.
 */
class DifferentialGeneratedCorpusTest {
    private static final Path GENERATED = CorpusReplay.CORPUS.resolve("generated");
    private static final String UNSORTED = "[unsorted] differs, not yet looked at";

    /** The checked-in ratchet: command keys ({@code SESSION:N}) to their family line, and the figure. */
    record Pending(Map<String, String> families, int identicalAtLeast) {
        static Pending read(Path file) throws IOException {
            Map<String, String> families = new LinkedHashMap<>();
            int atLeast = 0;
            String family = null;
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("identical-at-least:")) {
                    atLeast = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("[")) {
                    family = line;
                } else {
                    assertThat(family).as("family of %s in %s", line, file).isNotNull();
                    families.put(line.substring(0, line.indexOf(' ')), family);
                }
            }
            return new Pending(families, atLeast);
        }
    }

    static List<String> sessions() throws IOException {
        try (Stream<Path> files = Files.list(GENERATED.resolve("sessions"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sh"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    @Test
    void simulatorPrintsWhatTheRealEngineRecordedForTheGeneratedCommands(@TempDir Path temp) throws IOException {
        Pending pending = Pending.read(GENERATED.resolve("pending.txt"));
        int total = 0;
        int identical = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> nowMatching = new ArrayList<>();
        StringBuilder differences = new StringBuilder();
        Map<String, List<String>> byFamily = new TreeMap<>();
        for (String session : sessions()) {
            String script = Files.readString(GENERATED.resolve("sessions").resolve(session + ".sh"));
            Path recording = GENERATED.resolve("real").resolve(session + ".txt");
            if (Boolean.getBoolean("corpus.onlyRecorded") && !Files.exists(recording)) {
                continue;
            }
            assertThat(recording).as("recording of %s (scripts/record-corpus --generated %s)", session, session).exists();
            Path workspace = Files.createDirectories(temp.resolve(session));
            List<String> commands = CorpusReplay.commands(script);
            List<String> real = CorpusReplay.perCommand(CorpusReplay.maskReal(Files.readString(recording)), commands);
            List<String> sim = CorpusReplay.perCommand(
                    CorpusReplay.maskSimulated(CorpusReplay.simulate(script, workspace), workspace), commands);
            for (int i = 0; i < commands.size(); i++) {
                String key = session + ":" + (i + 1);
                total++;
                boolean same = real.get(i).equals(sim.get(i));
                String family = pending.families().get(key);
                if (same) {
                    identical++;
                    if (family != null) {
                        nowMatching.add(key + " " + commands.get(i));
                    }
                    continue;
                }
                String entry = key + " " + commands.get(i).replace("\n", "\\n");
                byFamily.computeIfAbsent(family == null ? UNSORTED : family, f -> new ArrayList<>()).add(entry);
                if (family == null) {
                    unexpected.add(entry);
                }
                differences.append("=== ").append(entry).append("\n--- real\n").append(real.get(i))
                        .append("--- simulated\n").append(sim.get(i));
            }
        }
        writeReport(differences, byFamily, identical);
        double share = total == 0 ? 0 : 100.0 * identical / total;
        System.out.printf("generated corpus: %d commands, %d identical (%.1f%%), %d listed as pending%n",
                total, identical, share, pending.families().size());
        if (!nowMatching.isEmpty()) {
            System.out.println("generated corpus: listed in corpus/generated/pending.txt but identical now (remove them):\n  "
                    + String.join("\n  ", nowMatching));
        }
        assertThat(total).as("generated commands").isGreaterThanOrEqualTo(Boolean.getBoolean("corpus.onlyRecorded") ? 0 : 3000);
        assertThat(unexpected).as("commands that differ from the recording and are not in corpus/generated/pending.txt "
                + "(see target/corpus-generated/differences.txt)").isEmpty();
        assertThat(identical).as("identical commands (identical-at-least in corpus/generated/pending.txt)")
                .isGreaterThanOrEqualTo(pending.identicalAtLeast());
    }

    private static void writeReport(StringBuilder differences, Map<String, List<String>> byFamily, int identical)
            throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "corpus-generated"));
        Files.writeString(dir.resolve("differences.txt"), differences);
        StringBuilder list = new StringBuilder("identical-at-least: " + identical + "\n");
        byFamily.forEach((family, entries) -> list.append('\n').append(family).append('\n')
                .append(String.join("\n", entries)).append('\n'));
        Files.writeString(dir.resolve("pending.txt"), list);
    }
}
