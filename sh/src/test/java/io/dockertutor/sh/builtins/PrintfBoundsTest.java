package io.dockertutor.sh.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.sh.ShellHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * bash and busybox hand any width to libc, which writes that many bytes; the tutor prints fields up to a million
 * characters and says so past that, for every conversion and for widths taken from arguments.
 */
class PrintfBoundsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "printf '%999999999d|' 1", "printf '%999999999i|' 1", "printf '%999999999o|' 1", "printf '%999999999u|' 1",
        "printf '%999999999x|' 1", "printf '%999999999X|' 1", "printf '%999999999e|' 1", "printf '%999999999E|' 1",
        "printf '%999999999f|' 1", "printf '%999999999F|' 1", "printf '%999999999g|' 1", "printf '%999999999G|' 1",
        "printf '%999999999s|' 1", "printf '%999999999b|' 1", "printf '%999999999c|' 1", "printf '%999999999q|' 1",
        "printf '%.999999999d|' 1", "printf '%.999999999f|' 1", "printf '%*d|' 999999999 1", "printf '%-*s|' 999999999 1",
        "printf '%.*f|' 999999999 1", "printf '%*d|' -999999999 1",
        "printf '%99999999999999999999999999999d|' 1",
    })
    void aFieldPastAMillionIsRefusedWithOneLine(String line) {
        ShellHarness.Result r = new ShellHarness(dir).run(line);
        assertThat(r.out()).isEqualTo("|");
        assertThat(r.err()).contains("printf: ").contains("field width or precision too large").hasLineCount(1);
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void aFieldOfAMillionIsPrinted() {
        ShellHarness.Result r = new ShellHarness(dir).run("printf '%1000000d|%.1000000f' 7 1");
        assertThat(r.out()).hasSize(1_000_000 + 1 + 2 + 1_000_000).startsWith("      ").contains("7|1.000");
        assertThat(r.status()).isZero();
    }

    @Test
    void manyWideFieldsStopAtTheOutputLimit() {
        ShellHarness.Result r = new ShellHarness(dir).run("printf '%1000000s' " + "x ".repeat(40));
        assertThat(r.out()).hasSize(Printf.MAX_OUTPUT);
        assertThat(r.err()).contains("printf: output cut at 16,000,000 characters").hasLineCount(1);
        assertThat(r.status()).isEqualTo(1);
    }
}
