package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * busybox applets refuse a bad command line as busybox does (recorded on the lab's busybox and on a 1.36.1 build with
 * Docker Hub's configuration, scripts/capture-busybox-usage): the problem, then the applet's usage text, status 1
 * (2 for grep); only the usage when operands are missing; the usage and status 0 for {@code --help}. Debian images
 * and the tutor's own shell keep GNU's two lines, quote as their locale does and answer {@code --help} and
 * {@code --version} with Debian 12's texts (scripts/capture-gnu-help).
 */
class ProgramUsageTextsTest {
    private static final String BANNER = "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\n";
    @TempDir
    Path workspace;
    private SimulatedSession docker;

    private SimulatedSession.Printed run(String line) {
        return docker.both(line);
    }

    private SimulatedSession.Printed inBusybox(String command) {
        return run("docker run --rm busybox " + command);
    }

    @BeforeEach
    void setUp() {
        docker = new SimulatedSession(workspace, new HandMovedClock());
        run("docker pull busybox");
        run("docker pull nginx");
    }

    @Test
    void aBadOptionIsNamedThenTheAppletsUsageFollows() {
        SimulatedSession.Printed ls = inBusybox("ls --bogus");
        assertThat(ls.out()).startsWith("ls: unrecognized option '--bogus'\n" + BANNER
                + "Usage: ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n\nList directory contents\n");
        assertThat(ls.out()).endsWith("\t--color[={always,never,auto}]\n").doesNotContain("Try ");
        assertThat(ls.status()).isEqualTo(1);
        assertThat(inBusybox("cat -z").out()).startsWith("cat: invalid option -- 'z'\n" + BANNER + "Usage: cat [-nbvteA] [FILE]...\n");
        assertThat(inBusybox("id -z").out()).startsWith("id: invalid option -- 'z'\n" + BANNER + "Usage: id [-ugGnr] [USER]\n");
        assertThat(inBusybox("hostname -z").status()).isEqualTo(1);
        SimulatedSession.Printed grep = inBusybox("grep -y x");
        assertThat(grep.out()).startsWith("grep: invalid option -- 'y'\n" + BANNER + "Usage: grep ");
        assertThat(grep.status()).isEqualTo(2);
    }

    @Test
    void missingOperandsShowOnlyTheUsage() {
        SimulatedSession.Printed mkdir = inBusybox("mkdir");
        assertThat(mkdir.out()).isEqualTo(BANNER + "Usage: mkdir [-m MODE] [-p] DIRECTORY...\n\nCreate DIRECTORY\n\n"
                + "\t-m MODE\tMode\n\t-p\tNo error if exists; make parent directories as needed\n");
        assertThat(mkdir.status()).isEqualTo(1);
        assertThat(inBusybox("grep").status()).isEqualTo(2);
        assertThat(inBusybox("whoami x").out()).isEqualTo(BANNER + "Usage: whoami\n\nPrint the user name associated with the current effective user id\n");
        assertThat(inBusybox("dirname a b").out()).startsWith(BANNER + "Usage: dirname FILENAME\n");
        SimulatedSession.Printed sleep = inBusybox("sleep");
        assertThat(sleep.out()).startsWith(BANNER + "Usage: sleep [N]...\n");
        assertThat(sleep.status()).isEqualTo(1);
    }

    @Test
    void helpAloneShowsTheUsageAndSucceedsEvenForProgramsNotSimulated() {
        SimulatedSession.Printed ls = inBusybox("ls --help");
        assertThat(ls.out()).startsWith(BANNER + "Usage: ls ");
        assertThat(ls.status()).isZero();
        SimulatedSession.Printed nslookup = inBusybox("nslookup --help");
        assertThat(nslookup.out()).startsWith(BANNER + "Usage: nslookup ");
        assertThat(nslookup.status()).isZero();
        SimulatedSession.Printed bare = inBusybox("nslookup");
        assertThat(bare.out()).isEqualTo(nslookup.out());
        assertThat(bare.status()).isEqualTo(1);
        assertThat(inBusybox("echo --help").out()).as("ash's own echo").isEqualTo("--help\n");
    }

    @Test
    void busyboxWordsItsOwnSentencesForNumbersAndLists() {
        assertThat(inBusybox("head -n x").out()).isEqualTo("head: invalid number 'x'\n");
        assertThat(inBusybox("cut").out()).isEqualTo("cut: expected a list of bytes, characters, or fields\n");
        assertThat(inBusybox("cut -d: -b1").out()).isEqualTo("cut: a delimiter may be specified only when operating on fields\n");
        assertThat(inBusybox("cut -b1 -f1").out()).startsWith(BANNER + "Usage: cut ");
    }

    @Test
    void debianImagesKeepGnuCoreutilsWords() {
        SimulatedSession.Printed ls = run("docker run --rm nginx ls --bogus");
        assertThat(ls.out()).isEqualTo("ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n");
        assertThat(ls.status()).isEqualTo(2);
        assertThat(run("docker run --rm nginx head -n x").out()).isEqualTo("head: invalid number of lines: 'x'\n");
        assertThat(run("docker run --rm nginx id -y").out()).isEqualTo("id: invalid option -- 'y'\nTry 'id --help' for more information.\n");
    }

    @Test
    void gnuProgramsInAContainerQuoteAsTheCLocaleDoesUnlessTheEnvironmentSaysUtf8() {
        // An image sets no LANG: coreutils 9.1 (env -i on Debian 12) quote with ASCII; the learner's own shell is C.UTF-8.
        assertThat(run("docker run --rm nginx mkdir /proc/x").out())
                .isEqualTo("mkdir: cannot create directory '/proc/x': No such file or directory\n");
        assertThat(run("docker run --rm nginx sleep abc").out())
                .isEqualTo("sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n");
        assertThat(run("docker run --rm -e LANG=C.UTF-8 nginx mkdir /proc/x").out())
                .isEqualTo("mkdir: cannot create directory ‘/proc/x’: No such file or directory\n");
        assertThat(run("sleep abc").out()).isEqualTo("sleep: invalid time interval ‘abc’\nTry 'sleep --help' for more information.\n");
    }

    @Test
    void gnuProgramsAnswerHelpAndVersionWithDebianTwelvesTexts() {
        SimulatedSession.Printed ls = run("ls --help");
        assertThat(ls.out()).startsWith("Usage: ls [OPTION]... [FILE]...\nList information about the FILEs (the current directory by default).\n");
        assertThat(ls.status()).isZero();
        assertThat(run("sleep 1 --version").out()).startsWith("sleep (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\n");
        assertThat(run("grep -- --help x").status()).as("after -- it is a pattern").isNotZero();
        assertThat(run("docker run --rm nginx id --help").out()).startsWith("Usage: id [OPTION]... [USER]...\n");
        assertThat(run("docker run --rm nginx env --version").out()).startsWith("env (GNU coreutils) 9.1\n");
        assertThat(run("docker run --rm busybox id --help").out()).as("busybox's own usage").startsWith(BANNER + "Usage: id ");
    }
}
