package io.dockertutor.sh.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.sh.ShellHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tr and seq, as coreutils prints them (checked against GNU tr and seq 9.1). */
class TrSeqTest {
    @TempDir
    Path ws;

    private ShellHarness.Result run(String line) {
        return new ShellHarness(ws).run(line);
    }

    @Test
    void trTranslatesRangesClassesAndEscapesAndPadsTheShorterSet() {
        assertThat(run("echo 'b a c' | tr ' ' '\\n' | sort").out()).isEqualTo("a\nb\nc\n");
        assertThat(run("echo hello | tr a-z A-Z").out()).isEqualTo("HELLO\n");
        assertThat(run("echo hello | tr '[:lower:]' '[:upper:]'").out()).isEqualTo("HELLO\n");
        assertThat(run("echo abc | tr abc x").out()).isEqualTo("xxx\n");
        assertThat(run("printf 'a\\0b\\n' | tr '\\0' ' '").out()).isEqualTo("a b\n");
        assertThat(run("echo hello | tr '\\150' H").out()).isEqualTo("Hello\n");
    }

    @Test
    void trDeletesSqueezesAndComplements() {
        assertThat(run("echo hello | tr -d l").out()).isEqualTo("heo\n");
        assertThat(run("echo 'aabbcc  dd' | tr -s 'a b'").out()).isEqualTo("abcc dd\n");
        assertThat(run("echo hello | tr -c 'l\\n' x").out()).isEqualTo("xxllx\n");
        assertThat(run("echo a1b2 | tr -cd 0-9").out()).isEqualTo("12");
        assertThat(run("echo 'a  b' | tr -s ' ' _").out()).isEqualTo("a_b\n");
    }

    @Test
    void trRefusesAMissingSetAsCoreutilsDoes() {
        ShellHarness.Result none = run("tr");
        assertThat(none.err()).isEqualTo("tr: missing operand\nTry 'tr --help' for more information.\n");
        assertThat(none.status()).isEqualTo(1);
        assertThat(run("tr a").err()).isEqualTo("tr: missing operand after ‘a’\nTwo strings must be given when translating.\n"
                + "Try 'tr --help' for more information.\n");
        assertThat(run("tr -x a b").err()).startsWith("tr: invalid option -- 'x'\n");
    }

    @Test
    void seqCountsUpOrDownWithStepsSeparatorsAndWidth() {
        assertThat(run("seq 3").out()).isEqualTo("1\n2\n3\n");
        assertThat(run("seq 2 4").out()).isEqualTo("2\n3\n4\n");
        assertThat(run("seq 1 2 7").out()).isEqualTo("1\n3\n5\n7\n");
        assertThat(run("seq 5 -2 1").out()).isEqualTo("5\n3\n1\n");
        assertThat(run("seq -s, 3").out()).isEqualTo("1,2,3\n");
        assertThat(run("seq -s ' ' 2 4").out()).isEqualTo("2 3 4\n");
        assertThat(run("seq -w 8 10").out()).isEqualTo("08\n09\n10\n");
        assertThat(run("seq 1.5 3").out()).isEqualTo("1.5\n2.5\n");
        ShellHarness.Result backwards = run("seq 3 1");
        assertThat(backwards.out()).isEmpty();
        assertThat(backwards.status()).isZero();
    }

    @Test
    void seqRefusesWhatIsNotANumber() {
        assertThat(run("seq").err()).isEqualTo("seq: missing operand\nTry 'seq --help' for more information.\n");
        ShellHarness.Result bad = run("seq x");
        assertThat(bad.err()).isEqualTo("seq: invalid floating point argument: ‘x’\nTry 'seq --help' for more information.\n");
        assertThat(bad.status()).isEqualTo(1);
    }
}
