package io.dockertutor.sh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ShellSyntaxTest {
    @TempDir
    Path dir;

    static Stream<Arguments> completeness() {
        return Stream.of(
                Arguments.of("echo hi", true),
                Arguments.of("echo 'abc", false),
                Arguments.of("echo \"abc", false),
                Arguments.of("echo \"a'b\"", true),
                Arguments.of("echo abc \\", false),
                Arguments.of("echo 'abc \\'", true),
                Arguments.of("cat <<EOF", false),
                Arguments.of("cat <<EOF\nhello", false),
                Arguments.of("cat <<EOF\nhello\nEOF", true),
                Arguments.of("cat <<-EOF\n\thello\n\tEOF", true),
                Arguments.of("echo a &&", false),
                Arguments.of("echo a ||", false),
                Arguments.of("echo a |", false),
                Arguments.of("echo a | \n grep a", true),
                Arguments.of("echo $(ls", false),
                Arguments.of("echo `ls", false),
                Arguments.of("echo ${HOME", false),
                Arguments.of("&& echo", true),
                Arguments.of("echo a;", true),
                Arguments.of("", true),
                Arguments.of("while true; do", false),
                Arguments.of("for i in a b\ndo\n echo $i", false),
                Arguments.of("for i in a b\ndo\n echo $i\ndone", true),
                Arguments.of("if true; then echo a; else", false),
                Arguments.of("case $x in a) echo a;;", false),
                Arguments.of("{ echo a", false),
                Arguments.of("while true; do done", true),
                Arguments.of("# just a comment", true));
    }

    @ParameterizedTest
    @MethodSource("completeness")
    void isCompleteAsksForMoreOnlyWhenBashWould(String text, boolean complete) {
        assertThat(ShellSyntax.isComplete(text)).isEqualTo(complete);
    }

    @Test
    void splitterGivesOneCommandPerLineAndSkipsBlanksAndComments() {
        String script = "docker ps\n\n   # a comment\nls -l\n  \necho done\n";
        assertThat(ShellSyntax.splitCommands(script)).containsExactly("docker ps", "ls -l", "echo done");
    }

    @Test
    void splitterJoinsBackslashContinuations() {
        String script = "docker run -d \\\n  -p 8080:80 \\\n  nginx\necho next";
        assertThat(ShellSyntax.splitCommands(script))
                .containsExactly("docker run -d \\\n  -p 8080:80 \\\n  nginx", "echo next");
    }

    @Test
    void splitterKeepsHereDocumentBodiesWithTheirCommand() {
        String script = "cat > Dockerfile <<'EOF'\nFROM nginx\n# not a comment here\n\nCOPY . /x\nEOF\ndocker build .";
        assertThat(ShellSyntax.splitCommands(script)).containsExactly(
                "cat > Dockerfile <<'EOF'\nFROM nginx\n# not a comment here\n\nCOPY . /x\nEOF", "docker build .");
    }

    @Test
    void splitterEndsUnfinishedQuotesAndOperatorsAtTheLineEnd() {
        assertThat(ShellSyntax.splitCommands("echo 'a\necho b'\necho a &&\necho c"))
                .containsExactly("echo 'a", "echo b'", "echo a &&", "echo c");
    }

    @Test
    void everySplitCommandParsesCompletely() {
        String script = "a \\\n b\ncat <<X\n1\nX\nls\n";
        List<String> commands = ShellSyntax.splitCommands(script);
        assertThat(commands).allSatisfy(c -> assertThat(ShellSyntax.isComplete(c)).isTrue());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "&& echo a => docker-tutor: syntax error near unexpected token '&&'",
        "echo a ;; => docker-tutor: syntax error near unexpected token ';;'",
        "; echo a => docker-tutor: syntax error near unexpected token ';'",
        "echo a | | b => docker-tutor: syntax error near unexpected token '|'",
        "echo > => docker-tutor: syntax error near unexpected token 'newline'",
        "echo a > > b => docker-tutor: syntax error near unexpected token '>'",
        "echo (a) => docker-tutor: syntax error near unexpected token '('",
        "echo a ) => docker-tutor: syntax error near unexpected token ')'",
        "echo 'open => docker-tutor: syntax error: unexpected end of file",
        "echo a && => docker-tutor: syntax error: unexpected end of file",
    })
    void syntaxErrorsPrintBashsMessageAndExitTwo(String line, String message) {
        ShellHarness.Result r = new ShellHarness(dir).run(line);
        assertThat(r.err()).isEqualTo(message + "\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void splitterKeepsALoopWrittenOverSeveralLinesAsOneCommand() {
        String script = "for i in 1 2\ndo\n  echo $i\ndone\nif true; then\n  echo y\nfi\necho next";
        assertThat(ShellSyntax.splitCommands(script)).containsExactly(
                "for i in 1 2\ndo\n  echo $i\ndone", "if true; then\n  echo y\nfi", "echo next");
    }

    @Test
    void splitterTakesALongHereDocumentWholeAndStopsAtItsTerminator() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("line ").append(i).append(" $HOME 'quoted' \"dq\" EOFX\n");
        }
        String heredoc = "cat > notes.txt <<-EOF\n" + body + "\tEOF";
        assertThat(ShellSyntax.splitCommands(heredoc + "\necho after")).containsExactly(heredoc, "echo after");
    }

    @Test
    void completenessNamesTheOpenHereDocumentAndItsTerminator() {
        ShellSyntax.Completeness open = ShellSyntax.completeness("cat <<-END\nbody");
        assertThat(open.complete()).isFalse();
        assertThat(open.endsHeredoc("\t\tEND")).isTrue();
        assertThat(open.endsHeredoc("END ")).isFalse();
        assertThat(ShellSyntax.completeness("cat <<END\nbody\nEND").complete()).isTrue();
    }
}
