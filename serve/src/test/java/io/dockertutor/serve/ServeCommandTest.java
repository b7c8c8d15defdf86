package io.dockertutor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code docker-tutor serve} refuses what it cannot do in one line, exit status 2, no stack trace, in both languages. */
class ServeCommandTest {
    @TempDir
    Path state;

    private record Run(int status, String err) {
    }

    private Run serve(Locale locale, String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = new CommandLine(new ServeCommand(locale)).execute(args);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aBusyPortIsOneLineAndExitStatusTwo() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = serve(Locale.ENGLISH, "--state", state.toString(), "--port", Integer.toString(busy.getLocalPort()));
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                    .contains("Another program uses the port").contains("--port");
        }
    }

    @Test
    void anAddressThatIsNoneOfThisMachinesIsOneLineInKorean() {
        Run run = serve(Locale.KOREAN, "--state", state.toString(), "--bind", "no.such.host.invalid");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("이 컴퓨터의 주소가 아닙니다");
    }

    @Test
    void aJoinRateBelowOneIsOneLineInBothLanguages() {
        refusedInOneLine(Locale.ENGLISH, "--joins-per-minute", "0", "--joins-per-minute must be at least 1");
        refusedInOneLine(Locale.KOREAN, "--joins-per-minute", "-3", "1 이상이어야 합니다");
    }

    @Test
    void aNegativeWarmUpIsOneLineInBothLanguages() {
        refusedInOneLine(Locale.ENGLISH, "--warm-up", "-1", "--warm-up must be 0");
        refusedInOneLine(Locale.KOREAN, "--warm-up", "-5", "0(준비 운동 없음) 이상이어야 합니다");
    }

    @Test
    void aWarmUpOfMoreLearnersThanAClassIsOneLineInBothLanguages() {
        refusedInOneLine(Locale.ENGLISH, "--warm-up", "100000", "--warm-up takes at most 200 practice learners (got 100000)");
        refusedInOneLine(Locale.KOREAN, "--warm-up", "201", "최대 200명까지 받습니다 (받은 값: 201)");
    }

    private void refusedInOneLine(Locale locale, String option, String value, String saying) {
        Run run = serve(locale, "--state", state.toString(), option, value);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains(saying);
    }

    @Test
    void startUpTextWarnsWhenTheServerIsOpenToTheNetwork() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        io.dockertutor.serve.web.ServerSettings settings = new io.dockertutor.serve.web.ServerSettings("0.0.0.0", 8080,
                "c", "k", null, state, java.time.Duration.ofMinutes(1), Locale.ENGLISH, 10, 8);
        new ServeStartup(new io.dockertutor.serve.term.ServeText(Locale.ENGLISH))
                .announce(new PrintStream(out, true, StandardCharsets.UTF_8), settings, 8080, "TOKEN");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("/teacher?token=TOKEN").contains("until --new-teacher-token")
                .contains("Warning: listening on 0.0.0.0")
                .contains("Class code:     k").contains("Ctrl-C");
    }
}
