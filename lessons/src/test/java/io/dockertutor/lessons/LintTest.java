package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code docker-tutor lint DIR} reports for a teacher's directory: problems that concern several lessons
 * (duplicate ids, unknown or cyclic {@code requires}) and the warnings that do not stop a lesson loading.
 */
class LintTest {
    private static final Path LINT = Path.of("src/test/resources/fixtures/lint");

    static Stream<Arguments> cases() {
        String d = LINT.toString();
        return Stream.of(
                Arguments.of("duplicate-ids", List.of(
                        d + "/duplicate-ids/b.yaml:1:1: duplicate lesson id 'same' (also in " + d + "/duplicate-ids/a.yaml)")),
                Arguments.of("requires-cycle", List.of(
                        d + "/requires-cycle/a.yaml:1:1: requires forms a cycle through 'egg'",
                        d + "/requires-cycle/b.yaml:1:1: requires forms a cycle through 'chicken'")),
                Arguments.of("unknown-requires", List.of(
                        d + "/unknown-requires/x.yaml:1:1: requires unknown lesson 'nowhere'")),
                Arguments.of("missing-language", List.of(
                        d + "/missing-language/only-english.yaml:2:8: warning: title has no Korean (ko) text; the other language is shown instead",
                        d + "/missing-language/only-english.yaml:5:11: warning: text has no Korean (ko) text; the other language is shown instead",
                        d + "/missing-language/only-english.yaml:6:13: warning: a hint has no English (en) text; the other language is shown instead")),
                Arguments.of("unknown-keys", List.of(
                        d + "/unknown-keys/typos.yaml:6:5: unknown key 'hint' in a step (expected one of: challenge, check, equivalent, hints, id, needs, solution, text, wrong)",
                        d + "/unknown-keys/typos.yaml:4:5: warning: step 'a' has no hints",
                        d + "/unknown-keys/typos.yaml:10:9: unknown key 'running' in check 'container' (expected one of: absent, command, "
                                + "container, detached, env, exitCode, image, labels, message, mounts, ports, restart, state, user)",
                        d + "/unknown-keys/typos.yaml:11:24: unknown key 'size' in check 'image' (expected one of: absent, cmd, entrypoint, "
                                + "exposes, from, image, labels, layers, maxSize, message, minSize, user, workdir)")),
                Arguments.of("no-hints", List.of(
                        d + "/no-hints/bare.yaml:4:5: warning: step 'a' has no hints",
                        d + "/no-hints/bare.yaml:4:5: warning: step 'a' has no solution")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lintReportsEveryProblemAtItsPlace(String dir, List<String> expected) throws IOException {
        LessonLibrary library = LessonLibrary.load(LINT.resolve(dir));
        assertThat(library.problems()).extracting(LessonProblem::toString).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void warningsAloneStillLoadTheLessons(String dir, List<String> expected) throws IOException {
        LessonLibrary library = LessonLibrary.load(LINT.resolve(dir));
        boolean onlyWarnings = expected.stream().allMatch(p -> p.contains(": warning: "));
        assertThat(library.errors().isEmpty()).isEqualTo(onlyWarnings);
        if (onlyWarnings) {
            assertThat(library.lessons()).isNotEmpty();
        }
    }
}
