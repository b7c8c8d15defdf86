package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The container shells' own builtins as their shells word them: busybox ash as recorded on the lab engine
 * ({@code ash-builtins-lab.txt}: {@code sh: cd: line 0: can't cd to ...}, status 2, special builtins ending the
 * script, {@code type}, expansion errors ending it), dash 0.5.12 as Debian 12 prints it ({@code sh: 1: cd: can't cd to ...}).
 */
class ShellBuiltinErrorsInContainersTest {
    @TempDir
    Path workspace;

    @Test
    void labStandInBusyboxAnswersWhatTheLabEngineRecorded() throws IOException {
        assertThat(ProcessesInContainersTest.replay(CorpusReplay.labCatalog(), workspace, List.of("docker pull busybox"),
                "ash-builtins-lab.txt")).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cd /nosuch; echo after $?|sh: 1: cd: can't cd to /nosuch\\nafter 2\\n[rc 0]",
        "exit abc; echo after|sh: 1: exit: Illegal number: abc\\n[rc 2]",
        "export 1a=2; echo next|sh: 1: export: 1a: bad variable name\\n[rc 2]",
        "pwd -x|sh: 1: pwd: Illegal option -x\\n[rc 2]",
        "echo $((1/0)); echo next|sh: 1: arithmetic expression: division by zero: \"1/0\"\\n[rc 2]",
        "echo ${x?unset here}; echo next|sh: 1: x: unset here\\n[rc 2]",
        "type cd export if nosuch|cd is a shell builtin\\nexport is a special shell builtin\\nif is a shell keyword\\nnosuch: not found\\n[rc 127]",
    })
    void debianImagesShellIsDashAndWordsItsErrorsAsDashDoes(String script, String printed) {
        Interpreter tutor = new Interpreter(new SimulatedEngine(new CatalogLoader().loadDefault(), new HandMovedClock()),
                workspace, Locale.ENGLISH, new HandMovedClock());
        assertThat(ProcessesInContainersTest.run(tutor, "docker pull python:3.12-slim")).endsWith("[rc 0]");
        assertThat(ProcessesInContainersTest.run(tutor, "docker run --rm python:3.12-slim sh -c '" + script + "'"))
                .isEqualTo(printed.replace("\\n", "\n"));
    }
}
