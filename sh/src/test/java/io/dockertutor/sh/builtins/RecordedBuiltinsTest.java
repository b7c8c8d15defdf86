package io.dockertutor.sh.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.sh.ShellHarness;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every builtin against what the real bash and GNU tools printed for the same line in the same workspace
 * (recorded-builtins.json; re-record with record-builtins.sh next to it, cases in builtin-cases.txt).
 */
class RecordedBuiltinsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> recorded() {
        try (InputStream in = RecordedBuiltinsTest.class.getResourceAsStream("recorded-builtins.json")) {
            List<Map<String, Object>> cases = new Yaml().load(in);
            return cases.stream().map(c -> Arguments.of(c.get("line"), c.get("out"), c.get("err"), c.get("status")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void builtinPrintsWhatTheRealToolPrints(String line, String out, String err, int status) {
        ShellHarness h = new ShellHarness(dir).file("f", "hello\n").file("g", "a\nb b\n")
                .file("nums", "10\n9\n100\n9\n-1\n").file("words", "b\na\nb\nB\n\nc\n").file("noeol", "x\ny")
                .file("d/inner", "deep hello\n").dir("empty");
        ShellHarness.Result r = h.run(line);
        assertThat(r.out()).as("stdout").isEqualTo(out);
        assertThat(r.err()).as("stderr").isEqualTo(err);
        assertThat(r.status()).as("status").isEqualTo(status);
    }
}
