package io.dockertutor.sh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellExecutionTest {
    @TempDir
    Path dir;
    ShellHarness h;

    @BeforeEach
    void workspace() {
        h = new ShellHarness(dir).file("a.txt", "one\n").file("b.txt", "two\n").file("sub/c.md", "three\n");
        h.run("NAME=world; SPACED='x   y'");
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("echo 'single $NAME' \"double $NAME\" plain\\ escaped", "single $NAME double world plain escaped\n"),
                Arguments.of("echo \"a\\\"b\" 'c\"d' \"e'f\"", "a\"b c\"d e'f\n"),
                Arguments.of("echo $NAME ${NAME} ${NAME}s ${MISSING:-fallback} ${MISSING-dash}", "world world worlds fallback dash\n"),
                Arguments.of("echo ${#NAME} ${NAME:+set} ${MISSING:+unset}", "5 set\n"),
                Arguments.of("false; echo $?; true; echo $?", "1\n0\n"),
                Arguments.of("echo $(echo inner $(echo nested))", "inner nested\n"),
                Arguments.of("echo `echo back`quote", "backquote\n"),
                Arguments.of("echo $SPACED \"$SPACED\"", "x y x   y\n"),
                Arguments.of("printf '[%s]' $(echo 'a  b')", "[a][b]"),
                Arguments.of("printf '[%s]' \"\" $MISSING ''", "[][]"),
                Arguments.of("echo *.txt", "a.txt b.txt\n"),
                Arguments.of("echo '*.txt' \"*\".txt \\*.txt", "*.txt *.txt *.txt\n"),
                Arguments.of("echo *.none", "*.none\n"),
                Arguments.of("echo sub/*", "sub/c.md\n"),
                Arguments.of("echo ?.txt [ab].txt", "a.txt b.txt a.txt b.txt\n"),
                Arguments.of("echo a && echo b || echo c", "a\nb\n"),
                Arguments.of("false && echo b || echo c", "c\n"),
                Arguments.of("echo one; echo two", "one\ntwo\n"),
                Arguments.of("echo hi | grep h | wc -l", "1\n"),
                Arguments.of("cat a.txt b.txt | sort -r", "two\none\n"),
                Arguments.of("X=1; echo $X", "1\n"),
                Arguments.of("Y=2 env | grep ^Y=", "Y=2\n"),
                Arguments.of("Y=2 true; echo ${Y:-unset}", "unset\n"),
                Arguments.of("export Z=3; env | grep ^Z=", "Z=3\n"),
                Arguments.of("echo a \\\nb", "a b\n"),
                Arguments.of("echo kept # dropped", "kept\n"),
                Arguments.of("echo a#b", "a#b\n"),
                Arguments.of("sudo echo ok; sudo -E echo ok2; sudo -u root echo ok3", "ok\nok2\nok3\n"),
                Arguments.of("cat <<EOF\nhello $NAME\n\\$NAME $(echo sub)\nEOF", "hello world\n$NAME sub\n"),
                Arguments.of("cat <<'EOF'\nhello $NAME\nEOF", "hello $NAME\n"),
                Arguments.of("cat <<\"EOF\"\nhello $NAME\nEOF", "hello $NAME\n"),
                Arguments.of("cat <<-EOF\n\t\tindented\n\tEOF", "indented\n"),
                Arguments.of("cat <<EOF | grep b\na\nb\nEOF\necho after", "b\nafter\n"),
                Arguments.of("grep -c o <<< \"$NAME\"", "1\n"),
                Arguments.of("echo x > out.txt; echo y >> out.txt; cat out.txt", "x\ny\n"),
                Arguments.of("cat < a.txt", "one\n"),
                Arguments.of("cat nope 2> /dev/null; echo $?", "1\n"),
                Arguments.of("cat nope 2>&1 | wc -l", "1\n"),
                Arguments.of("cat nope &> err.txt; cat err.txt", "cat: nope: No such file or directory\n"),
                Arguments.of("cat nope > o.txt 2>&1; cat o.txt", "cat: nope: No such file or directory\n"),
                Arguments.of("echo ~ | grep -c /", "1\n"),
                Arguments.of("v=$(false); echo $?", "1\n"),
                Arguments.of("echo $(exit 3); echo $?", "\n0\n"),
                Arguments.of("exit 4 | echo still here", "still here\n"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void linesExpandAndRunAsBashRunsThem(String line, String expected) {
        ShellHarness.Result r = h.run(line);
        assertThat(r.out()).isEqualTo(expected);
        assertThat(h.shell.hasExited()).isFalse();
    }

    @Test
    void redirectionToStderrGoesToStderr() {
        ShellHarness.Result r = h.run("echo oops >&2");
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("oops\n");
    }

    @Test
    void heredocWritesADockerfile() {
        h.run("cat > Dockerfile <<'EOF'\nFROM nginx\nCOPY . /usr/share/nginx/html\nEOF");
        assertThat(h.read("Dockerfile")).isEqualTo("FROM nginx\nCOPY . /usr/share/nginx/html\n");
    }

    @Test
    void pwdInSubstitutionIsTheRealAbsolutePath() {
        assertThat(h.run("echo $(pwd):/usr/share/nginx/html").out())
                .isEqualTo(h.workspace + ":/usr/share/nginx/html\n");
    }

    @Test
    void exitEndsTheShellWithItsStatusAndSkipsTheRest() {
        ShellHarness.Result r = h.run("echo before; exit 7; echo after");
        assertThat(r.out()).isEqualTo("before\n");
        assertThat(r.status()).isEqualTo(7);
        assertThat(h.shell.hasExited()).isTrue();
        assertThat(h.shell.exitStatus()).isEqualTo(7);
    }

    @Test
    void exitWithoutArgumentUsesTheLastStatus() {
        h.run("false");
        h.run("exit");
        assertThat(h.shell.exitStatus()).isEqualTo(1);
    }

    @Test
    void pluggedInCommandsReceiveArgumentsStdinAndEnvironment() {
        h.table.put("docker", call -> {
            call.out().println(call.args() + " " + new String(call.in().readAllBytes()).strip() + " " + call.env().get("K"));
            return 3;
        });
        ShellHarness.Result r = h.run("echo input | K=v docker rm -f $(echo a b)");
        assertThat(r.out()).isEqualTo("[rm, -f, a, b] input v\n");
        assertThat(r.status()).isEqualTo(3);
    }

    @Test
    void aCommandThatThrowsBecomesAMessageNotAStackTrace() {
        h.table.put("boom", call -> {
            throw new IllegalStateException("kaput");
        });
        ShellHarness.Result r = h.run("boom");
        assertThat(r.err()).isEqualTo("docker-tutor: boom: internal error: kaput\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void redirectionToAMissingDirectoryFailsLikeBash() {
        ShellHarness.Result r = h.run("echo x > nodir/f");
        assertThat(r.err()).isEqualTo("docker-tutor: nodir/f: No such file or directory\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void inputFromAMissingFileFailsLikeBash() {
        ShellHarness.Result r = h.run("cat < nofile");
        assertThat(r.err()).isEqualTo("docker-tutor: nofile: No such file or directory\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void assignmentOnlyTakesTheStatusOfItsSubstitution() {
        assertThat(h.run("x=$(false)").status()).isEqualTo(1);
        assertThat(h.run("x=1").status()).isZero();
    }
}
