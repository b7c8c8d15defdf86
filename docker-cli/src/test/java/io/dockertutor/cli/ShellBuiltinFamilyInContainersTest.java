package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
 * The container shells' builtin family ({@code set}, {@code shift}, {@code exec}, {@code .}, {@code readonly},
 * {@code command}, {@code hash}, {@code trap}, {@code umask}, {@code wait}, {@code getopts}, {@code local},
 * {@code eval}, {@code read}, {@code printf}, {@code test}, {@code times}, {@code ulimit}, {@code alias},
 * {@code jobs}, {@code kill -l}) replayed against what busybox ash 1.35 (the lab's busybox) and dash 0.5.12 (Debian's
 * sh) printed on this machine ({@code scripts/record-shell-builtins}); cases listed in
 * {@code shell-builtin-family-pending.txt} are not modelled yet and say why.
 */
class ShellBuiltinFamilyInContainersTest {
    @TempDir
    Path workspace;

    static Stream<Arguments> ashCases() throws IOException {
        return cases("ash-builtin-family.txt");
    }

    static Stream<Arguments> dashCases() throws IOException {
        return cases("dash-builtin-family.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ashCases")
    void busyboxAshAnswersItsBuiltinsAsRecorded(String line, String printed) {
        assertReplayed(CorpusReplay.labCatalog(), "docker pull busybox", line, printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dashCases")
    void dashAnswersItsBuiltinsAsRecorded(String line, String printed) {
        assertReplayed(new CatalogLoader().loadDefault(), "docker pull debian:bookworm-slim", line, printed);
    }

    @org.junit.jupiter.api.Test
    void execReplacesTheShellSoPsShowsTheProgramAsProcessOne() throws IOException {
        assertThat(ProcessesInContainersTest.replay(CorpusReplay.labCatalog(), workspace, List.of("docker pull busybox"),
                "ash-builtins-exec-lab.txt")).isEqualTo(8);
    }

    private void assertReplayed(Catalog catalog, String pull, String line, String printed) {
        Assumptions.assumeFalse(pending().contains(line), "pending");
        Interpreter tutor = new Interpreter(new SimulatedEngine(catalog, new HandMovedClock()), workspace,
                Locale.ENGLISH, new HandMovedClock());
        assertThat(ProcessesInContainersTest.run(tutor, pull)).endsWith("[rc 0]");
        assertThat(ProcessesInContainersTest.run(tutor, line)).isEqualTo(printed);
    }

    private static Stream<Arguments> cases(String resource) throws IOException {
        return ProcessesInContainersTest.cases(resource).stream().map(c -> Arguments.of(c.line(), c.printed()));
    }

    /** The pending file's {@code $ LINE}s; the line after each says why. */
    private static Set<String> pending() {
        try (InputStream in = ShellBuiltinFamilyInContainersTest.class.getResourceAsStream("shell-builtin-family-pending.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("$ "))
                    .map(l -> l.substring(2)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
