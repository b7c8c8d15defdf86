package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.grammar.DockerGrammar;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineHighlighterTest {
    private static AttributedStyle styleOf(boolean color, String line, String word) {
        AttributedString s = new LineHighlighter(color, DockerGrammar::get, Set.of("ls", "echo")).highlight(null, line);
        assertThat(s.toString()).isEqualTo(line);
        return s.styleAt(line.indexOf(word));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
            "'docker pull nginx', docker, KNOWN",
            "'docker pull nginx', pull, SUBCOMMAND",
            "'docker pull nginx', nginx, PLAIN",
            "'docker pul nginx', pul, UNKNOWN",
            "'dokcer ps', dokcer, UNKNOWN",
            "'ls | grpe x', grpe, UNKNOWN",
            "'ls && echo hi', echo, KNOWN",
            "'hint', hint, KNOWN",
            "'docker image ls', ls, SUBCOMMAND",
            "'FOO=1 docker ps', docker, KNOWN",
            "'for f in a b; do echo $f; done', echo, KNOWN",
            "'while true; do dokcer ps; done', dokcer, UNKNOWN",
            "'if true; then docker ps; fi', ps, SUBCOMMAND"})
    void knownCommandsAreHighlightedAndUnknownOnesMarked(String line, String word, String kind) {
        AttributedStyle expected = switch (kind) {
            case "KNOWN" -> LineHighlighter.KNOWN;
            case "SUBCOMMAND" -> LineHighlighter.SUBCOMMAND;
            case "UNKNOWN" -> LineHighlighter.UNKNOWN;
            default -> AttributedStyle.DEFAULT;
        };
        assertThat(styleOf(true, line, word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'dokcer ps', dokcer", "'docker pull nginx', docker"})
    void withoutColorsTheLineIsLeftPlain(String line, String word) {
        assertThat(styleOf(false, line, word)).isEqualTo(AttributedStyle.DEFAULT);
    }
}
