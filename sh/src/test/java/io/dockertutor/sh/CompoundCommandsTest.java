package io.dockertutor.sh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundCommandsTest {
    @TempDir
    Path dir;
    ShellHarness sh;

    @BeforeEach
    void setUp() {
        sh = new ShellHarness(dir);
    }

    @Test
    void forLoopRunsItsBodyOncePerWord() {
        assertThat(sh.run("for i in a b 'c d'; do echo \"<$i>\"; done").out()).isEqualTo("<a>\n<b>\n<c d>\n");
    }

    @Test
    void forLoopWithoutInWalksThePositionalParameters() {
        sh.shell.positional(java.util.List.of("x", "y"));
        assertThat(sh.run("for a\ndo echo $a\ndone").out()).isEqualTo("x\ny\n");
    }

    @Test
    void whileLoopCountsWithArithmetic() {
        assertThat(sh.run("i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done; echo end $i").out())
                .isEqualTo("0\n1\n2\nend 3\n");
    }

    @Test
    void untilLoopRunsUntilTheConditionSucceeds() {
        assertThat(sh.run("n=3; until [ $n -eq 0 ]; do echo $n; n=$((n - 1)); done").out()).isEqualTo("3\n2\n1\n");
    }

    @Test
    void breakAndContinueActOnTheInnermostLoopOrOnTheNthOne() {
        assertThat(sh.run("for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done").out())
                .isEqualTo("1\n3\n");
        assertThat(sh.run("for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; echo no; done")
                .out()).isEqualTo("1a\n2a\n");
        assertThat(sh.run("while true; do while true; do break 2; done; echo no; done; echo out").out())
                .isEqualTo("out\n");
    }

    @Test
    void breakOutsideALoopSaysSoInBashAndDoesNothing() {
        ShellHarness.Result r = sh.run("break; echo after");
        assertThat(r.out()).isEqualTo("after\n");
        assertThat(r.err()).contains("break: only meaningful in a `for', `while', or `until' loop");
    }

    @Test
    void ifElifElseChoosesTheFirstTrueBranch() {
        assertThat(sh.run("x=2; if [ $x = 1 ]; then echo one; elif [ $x = 2 ]; then echo two; else echo other; fi").out())
                .isEqualTo("two\n");
        assertThat(sh.run("if false\nthen\n echo a\nelse\n echo b\nfi").out()).isEqualTo("b\n");
        assertThat(sh.run("if false; then echo a; fi; echo $?").out()).isEqualTo("0\n");
    }

    @Test
    void caseMatchesGlobPatternsAndAlternatives() {
        String script = "for f in app.py notes.txt Makefile; do case $f in *.py|*.sh) echo script;; *.txt) echo text;;"
                + " *) echo other;; esac; done";
        assertThat(sh.run(script).out()).isEqualTo("script\ntext\nother\n");
        assertThat(sh.run("case 'a*' in 'a*') echo quoted;; a*) echo glob;; esac").out()).isEqualTo("quoted\n");
    }

    @Test
    void braceGroupSharesTheShellAndSubshellKeepsItsChangesToItself() {
        assertThat(sh.run("{ x=1; echo in; }; echo $x").out()).isEqualTo("in\n1\n");
        assertThat(sh.run("y=1; (y=2; echo $y; exit 3); echo $? $y").out()).isEqualTo("2\n3 1\n");
    }

    @Test
    void compoundCommandOutputCanBeRedirectedAndPiped() {
        sh.run("for i in 1 2 3; do echo line$i; done > out.txt");
        assertThat(sh.run("cat out.txt").out()).isEqualTo("line1\nline2\nline3\n");
        assertThat(sh.run("for i in 1 2 3; do echo $i; done | wc -l").out().strip()).isEqualTo("3");
    }

    @Test
    void functionsTakeArgumentsAndReturnAStatus() {
        assertThat(sh.run("greet() { echo hello $1; return 3; }; greet you; echo $?").out()).isEqualTo("hello you\n3\n");
    }

    @Test
    void negatedPipelineInvertsTheStatus() {
        assertThat(sh.run("! false; echo $?; ! true; echo $?").out()).isEqualTo("0\n1\n");
    }

    @Test
    void endlessLoopStopsWithAMessageAndStatus130() {
        sh.shell.maxLoopIterations(50);
        ShellHarness.Result r = sh.run("while true; do echo x; done; echo never");
        assertThat(r.status()).isEqualTo(130);
        assertThat(r.out()).doesNotContain("never");
        assertThat(r.out().lines().count()).isEqualTo(50);
        assertThat(r.err()).contains("loop stopped after 50 iterations");
    }

    @Test
    void endlessLoopInsideASubstitutionStopsTheWholeLine() {
        sh.shell.maxLoopIterations(20);
        ShellHarness.Result r = sh.run("echo $(while :; do echo y; done); echo never");
        assertThat(r.status()).isEqualTo(130);
        assertThat(r.out()).doesNotContain("never");
    }

    @Test
    void theLoopBudgetStartsAgainForEachCommandLine() {
        sh.shell.maxLoopIterations(5);
        assertThat(sh.run("for i in 1 2 3 4; do :; done; echo ok").out()).isEqualTo("ok\n");
        assertThat(sh.run("for i in 1 2 3 4; do :; done; echo ok").out()).isEqualTo("ok\n");
    }

    @Test
    void endlessRecursionStopsWithAMessage() {
        ShellHarness.Result r = sh.run("f() { f; }; f; echo never");
        assertThat(r.status()).isEqualTo(130);
        assertThat(r.err()).contains("function calls nested more than 100 deep");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "while true; do done|syntax error near unexpected token 'done'",
        "for i in a b; echo $i; done|syntax error near unexpected token 'echo'",
        "if true; then fi|syntax error near unexpected token 'fi'",
        "echo a; done|syntax error near unexpected token 'done'",
        "{ echo a }|syntax error: unexpected end of file",
        "case x in a) echo;; |syntax error: unexpected end of file",
    })
    void malformedCompoundCommandsAreSyntaxErrorsWithStatus2(String line, String message) {
        ShellHarness.Result r = sh.run(line);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("docker-tutor: " + message + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "while true; do done|ASH|syntax error: unexpected \"done\"",
        "while true; do done|DASH|1: Syntax error: \"done\" unexpected",
        "while true; do echo x|ASH|syntax error: unexpected end of file (expecting \"done\")",
        "while true; do echo x|DASH|1: Syntax error: end of file unexpected (expecting \"done\")",
        "if true; echo x; fi|ASH|syntax error: unexpected \"fi\" (expecting \"then\")",
        "echo 'open|ASH|syntax error: unterminated quoted string",
        "echo 'open|DASH|1: Syntax error: Unterminated quoted string",
        "echo a )|ASH|syntax error: unexpected \")\"",
    })
    void containerShellsWordSyntaxErrorsAsTheirDialect(String line, SyntaxDialect dialect, String message) {
        sh.shell.dialect(dialect);
        ShellHarness.Result r = sh.run(line);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("docker-tutor: " + message + "\n");
    }

    @Test
    void breakWithABadCountIsAnIllegalNumberInAsh() {
        sh.shell.dialect(SyntaxDialect.ASH);
        ShellHarness.Result r = sh.run("for i in 1; do break 0; done");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("docker-tutor: break: line 1: Illegal number: 0\n");
    }

    @Test
    void keywordsAreOrdinaryWordsOutsideCommandPosition() {
        assertThat(sh.run("echo if then done fi { }").out()).isEqualTo("if then done fi { }\n");
    }

    @Test
    void whileReadLoopGetsOneLineOfThePipePerIteration() {
        assertThat(sh.run("printf 'a b\\nc d e\\n' | while read x y; do echo \"$y-$x\"; done").out())
                .isEqualTo("b-a\nd e-c\n");
        assertThat(sh.run("read -r line <<< 'x\\y'; echo \"$line\"; read v < /dev/null; echo $?").out())
                .isEqualTo("x\\y\n1\n");
    }

    @Test
    void breakInsideASubshellEndsOnlyTheSubshell() {
        assertThat(sh.run("for i in 1 2; do (break); echo $i; done").out()).isEqualTo("1\n2\n");
    }
}
