package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** TabWriter against outputs recorded from Go's text/tabwriter (see tabwriter_oracle.go). */
class TabWriterTest {

    static Stream<Arguments> recordedCases() throws IOException {
        try (InputStream in = TabWriterTest.class.getResourceAsStream("tabwriter-cases.json")) {
            List<Map<String, Object>> cases = new Yaml().load(in);
            return cases.stream().map(c -> Arguments.of(c.get("Input"), c.get("Minwidth"), c.get("Tabwidth"),
                    c.get("Padding"), ((String) c.get("Padchar")).charAt(0), c.get("Flags"), c.get("Output")));
        }
    }

    @ParameterizedTest(name = "[{index}] flags={5} pad={4}: {0}")
    @MethodSource("recordedCases")
    void formatsLikeGoTabwriter(String input, int minwidth, int tabwidth, int padding, char padchar, int flags,
                                String expected) {
        StringBuilder out = new StringBuilder();
        TabWriter w = new TabWriter(out, minwidth, tabwidth, padding, padchar, flags);
        w.write(input.replace('¤', TabWriter.ESCAPE));
        w.flush();
        assertThat(out).hasToString(expected.replace('¤', TabWriter.ESCAPE));
    }

    @Test
    void writesInPiecesLikeInOneGo() {
        StringBuilder whole = new StringBuilder();
        TabWriter a = TabWriter.docker(whole);
        a.write("NAME\tIMAGE\nweb\tnginx\n");
        a.flush();
        StringBuilder pieces = new StringBuilder();
        TabWriter b = TabWriter.docker(pieces);
        for (String s : List.of("NA", "ME\tIM", "AGE\nweb", "\tnginx", "\n")) {
            b.write(s);
        }
        b.flush();
        assertThat(pieces).hasToString(whole.toString()).hasToString("NAME      IMAGE\nweb       nginx\n");
    }

    @Test
    void wideCharactersCountTwoColumnsLikeDockersRunewidthCopy() {
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.docker(out);
        w.write("NAME\tLABEL\n웹서버\tx\nweb\ty\n");
        w.flush();
        // "웹서버" is 6 columns wide, so it gets padding 10 - 6 = 4 spaces.
        assertThat(out).hasToString("NAME      LABEL\n웹서버    x\nweb       y\n");
    }
}
