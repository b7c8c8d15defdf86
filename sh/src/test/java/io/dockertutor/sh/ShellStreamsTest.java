package io.dockertutor.sh;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.builtins.BuiltinTable;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where and in what order the shell writes, and what writing costs, with stdout and stderr on one stream. */
class ShellStreamsTest {
    @TempDir
    Path dir;

    private String merged(ShellSession shell, String line) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        shell.run(line, InputStream.nullInputStream(), both, both);
        return both.toString(StandardCharsets.UTF_8);
    }

    private ShellSession shell() {
        return new ShellHarness(dir).shell;
    }

    static Stream<Arguments> pipelines() {
        return Stream.of(
                Arguments.of("ls nothere | wc -l", "ls: cannot access 'nothere': No such file or directory\n0\n"),
                Arguments.of("echo before; echo $(ls nothere) after",
                        "before\nls: cannot access 'nothere': No such file or directory\nafter\n"),
                Arguments.of("echo a | zzqqx | echo last", "docker-tutor: zzqqx: command not found\nlast\n"),
                Arguments.of("cat nothere 2>&1 | wc -l", "1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipelines")
    void errorsOfEarlierStagesComeBeforeOutputPrintedAfterThem(String line, String expected) {
        assertThat(merged(shell(), line)).isEqualTo(expected);
    }

    @Test
    void shellMessagesReachABufferedCallerStreamBeforeRunReturns() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream buffered = new PrintStream(new BufferedOutputStream(sink, 1 << 16), false, StandardCharsets.UTF_8);
        ShellSession shell = shell();

        shell.run("zzqqx; echo ok |", InputStream.nullInputStream(), buffered, buffered);
        shell.run("zzqqx", InputStream.nullInputStream(), buffered, buffered);

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(
                "docker-tutor: syntax error: unexpected end of file\n"
                        + "docker-tutor: zzqqx: command not found\n");
    }

    @Test
    void shellMessagesReuseOnePrinterPerErrorStream() {
        ShellSession shell = shell();
        OutputStream err = new ByteArrayOutputStream();

        PrintStream first = shell.printer(err);

        assertThat(shell.printer(err)).isSameAs(first);
        assertThat(shell.printer(new ByteArrayOutputStream())).isNotSameAs(first);
    }

    @Test
    void aSimpleCommandAllocatesFarLessThanOnePrintStream() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ShellSession shell = new ShellSession("docker-tutor", ConfinedFileView.workspace(dir), BuiltinTable.standard(), null, Locale.ENGLISH);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (int i = 0; i < 2_000; i++) {
            shell.run("true", discard, discard);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000; i++) {
            shell.run("true", discard, discard);
        }
        long perCommand = (threads.getCurrentThreadAllocatedBytes() - before) / 1_000;

        // a PrintStream allocates ~25 KB (8 KB encoder buffer, 16 KB char buffer); each run used to make two
        assertThat(perCommand).isLessThan(8_000);
    }
}
