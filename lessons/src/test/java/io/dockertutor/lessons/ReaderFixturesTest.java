package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's fixture catalog: every file under {@code fixtures/success} loads without a problem; every file under
 * {@code fixtures/failure} is refused with exactly the problems its {@code # expect:} lines name, in order.
 */
class ReaderFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Path> successes() throws IOException {
        return yamlFiles(FIXTURES.resolve("success"));
    }

    static Stream<Path> failures() throws IOException {
        return yamlFiles(FIXTURES.resolve("failure"));
    }

    static Stream<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successes")
    void successFixturesLoadWithoutProblems(Path file) throws IOException {
        LessonReader.Result r = read(file, "success");
        assertThat(r.problems()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.lesson().steps()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failureFixturesReportExactlyTheExpectedProblems(Path file) throws IOException {
        List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("# expect: ")).map(l -> l.substring("# expect: ".length())).toList();
        assertThat(expected).as("the fixture names what it expects").isNotEmpty();
        LessonReader.Result r = read(file, "failure");
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(LessonProblem::toString).containsExactlyElementsOf(expected);
    }

    private static LessonReader.Result read(Path file, String dir) throws IOException {
        return new LessonReader().read(Files.readString(file, StandardCharsets.UTF_8), dir + "/" + file.getFileName());
    }
}
