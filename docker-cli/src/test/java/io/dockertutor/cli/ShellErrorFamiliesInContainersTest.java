package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Four families inside containers, replayed against what busybox 1.35 (the lab's busybox) and Debian 12's
 * dash 0.5.12 with its GNU programs printed on this machine ({@code scripts/record-shell-builtins FAMILY}):
 * <ul>
 * <li>{@code redirection}: a file the shell cannot open or create through {@code >}, {@code >>}, {@code <},
 * {@code 2>}, {@code 3>}, on a program, a builtin, a special builtin, {@code exec}, a group, a subshell, a loop, a
 * function, a command substitution, under {@code set -e}: each shell's words, its status, and whether the script goes
 * on;</li>
 * <li>{@code directory-read}: every program that reads a file or its standard input given a directory
 * ({@code cat /tmp}, {@code cat < /tmp}), each in its own words, GNU's and busybox's;</li>
 * <li>{@code program-file}: a program read from a file ({@code sed -f}, {@code awk -f}, {@code grep -f}), its order
 * among {@code -e}s, and a file that is missing or does not parse;</li>
 * <li>{@code sed-commands}: sed's whole command set (hold space, {@code n N D P}, blocks, labels and branches,
 * {@code q Q l z r w}) and the refusals of a block or a label left open.</li>
 * </ul>
 * Cases listed in {@code shell-error-families-pending.txt} are not modelled yet and say why.
 */
class ShellErrorFamiliesInContainersTest {
    private static final String[] FAMILIES = {"redirection", "directory-read", "program-file", "sed-commands"};

    @TempDir
    Path workspace;

    static Stream<Arguments> ashCases() {
        return cases("ash");
    }

    static Stream<Arguments> dashCases() {
        return cases("dash");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("ashCases")
    void busyboxAnswersAsRecorded(String family, String line, String printed) {
        assertReplayed(CorpusReplay.labCatalog(), "docker pull busybox", line, printed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dashCases")
    void debianAnswersAsRecorded(String family, String line, String printed) {
        assertReplayed(new CatalogLoader().loadDefault(), "docker pull debian:bookworm-slim", line, printed);
    }

    private void assertReplayed(Catalog catalog, String pull, String line, String printed) {
        Assumptions.assumeFalse(PENDING.contains(line), "pending");
        Interpreter tutor = new Interpreter(new SimulatedEngine(catalog, new HandMovedClock()), workspace,
                Locale.ENGLISH, new HandMovedClock());
        assertThat(ProcessesInContainersTest.run(tutor, pull)).endsWith("[rc 0]");
        assertThat(ProcessesInContainersTest.run(tutor, line)).isEqualTo(printed);
    }

    private static Stream<Arguments> cases(String shell) {
        return Stream.of(FAMILIES).flatMap(family -> {
            try {
                return ProcessesInContainersTest.cases(shell + "-" + family + "-family.txt").stream()
                        .map(c -> Arguments.of(family, c.line(), c.printed()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The pending file's {@code $ LINE}s; the line after each says why. */
    private static final Set<String> PENDING = pending();

    private static Set<String> pending() {
        try (InputStream in = ShellErrorFamiliesInContainersTest.class.getResourceAsStream("shell-error-families-pending.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("$ "))
                    .map(l -> l.substring(2)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
