package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/lesson-format.md means what it says: each ```yaml block that is a complete lesson loads without a problem
 * and validates on the simulated engine; each block that is a list of checks reads as a step's {@code check:}.
 */
class LessonFormatDocTest {
    private static final Path DOC = Path.of("../docs/lesson-format.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```yaml\\n(.*?)^```$", Pattern.DOTALL);

    static List<String> blocks() throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Stream<String> lessons() throws IOException {
        return blocks().stream().filter(b -> b.startsWith("id:"));
    }

    static Stream<String> checkLists() throws IOException {
        return blocks().stream().filter(b -> b.startsWith("- "));
    }

    @Test
    void everyYamlBlockIsALessonOrAListOfChecks() throws IOException {
        assertThat(blocks()).hasSizeGreaterThan(8).allMatch(b -> b.startsWith("id:") || b.startsWith("- "));
        assertThat(lessons()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void completeLessonsLoadAndValidate(String yaml) {
        LessonReader.Result r = new LessonReader().read(yaml, "lesson-format.md");
        assertThat(r.problems()).isEmpty();
        List<LessonValidator.StepResult> results = SimulatedValidation.validate(r.lesson());
        assertThat(SimulatedValidation.failures(results)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("checkLists")
    void checkExamplesReadAsAStepsChecks(String yaml) {
        String lesson = "id: doc\ntitle: Doc\nsteps:\n  - id: s\n    text: T\n    hints: [h]\n    solution: [x]\n    check:\n"
                + yaml.lines().map(l -> "      " + l).reduce("", (a, b) -> a + b + "\n");
        LessonReader.Result r = new LessonReader().read(lesson, "lesson-format.md");
        assertThat(r.problems()).isEmpty();
        assertThat(r.lesson().steps().get(0).check()).hasSize((int) yaml.lines().filter(l -> l.startsWith("- ")).count());
    }
}
