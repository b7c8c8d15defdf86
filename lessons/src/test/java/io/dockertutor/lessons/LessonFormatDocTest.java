package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/lesson-format.md means what it says: each ```yaml block that is a complete lesson loads without a problem
 * and validates on the simulated engine; each block that is a list of checks reads as a step's {@code check:}; and
 * its "Assertions" section documents exactly the reader's {@link AssertionKinds}, each with its conditions and an
 * example that reads as that kind's record.
 */
class LessonFormatDocTest {
    private static final Path DOC = Path.of("../docs/lesson-format.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```yaml\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern KIND_HEADING = Pattern.compile("(?m)^### (.*)$");
    private static final Pattern HEADING_KEY = Pattern.compile("`([A-Za-z]+)");

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

    @Test
    void theAssertionsSectionHasAHeadingForExactlyTheReadersKinds() throws IOException {
        assertThat(kindSections().keySet()).containsExactlyElementsOf(AssertionKinds.keys());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyKindsSectionNamesItsConditionsAndShowsItsRecord(String key) throws IOException {
        AssertionKinds.CheckKind kind = AssertionKinds.byKey(key).orElseThrow();
        String section = kindSections().get(kind.key());
        assertThat(section).as("the section of %s", kind.key()).isNotNull();
        assertThat(kind.conditions()).allSatisfy(c -> assertThat(section).containsPattern("\\b" + c + "\\b"));
        String examples = checkLists().filter(section::contains).reduce("", String::concat);
        LessonReader.Result r = new LessonReader().read(lessonWithChecks(examples), "lesson-format.md");
        assertThat(r.problems()).isEmpty();
        assertThat(r.lesson().steps().get(0).check()).extracting(Object::getClass).contains(kind.type());
    }

    static Stream<String> kinds() {
        return AssertionKinds.keys().stream();
    }

    /** Each check key named in a {@code ###} heading of "Assertions", to the text of its section. */
    private static Map<String, String> kindSections() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf("\n## Assertions\n");
        String part = doc.substring(from, doc.indexOf("\n## ", from + 1));
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher h = KIND_HEADING.matcher(part);
        List<int[]> bounds = new ArrayList<>();
        while (h.find()) {
            bounds.add(new int[] {h.start(), h.end()});
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : part.length();
            String text = part.substring(bounds.get(i)[0], end);
            Matcher key = HEADING_KEY.matcher(part.substring(bounds.get(i)[0], bounds.get(i)[1]));
            while (key.find()) {
                sections.put(key.group(1), text);
            }
        }
        return sections;
    }

    @ParameterizedTest
    @MethodSource("checkLists")
    void checkExamplesReadAsAStepsChecks(String yaml) {
        LessonReader.Result r = new LessonReader().read(lessonWithChecks(yaml), "lesson-format.md");
        assertThat(r.problems()).isEmpty();
        assertThat(r.lesson().steps().get(0).check()).hasSize((int) yaml.lines().filter(l -> l.startsWith("- ")).count());
    }

    private static String lessonWithChecks(String yaml) {
        return "id: doc\ntitle: Doc\nsteps:\n  - id: s\n    text: T\n    hints: [h]\n    solution: [x]\n    check:\n"
                + yaml.lines().map(l -> "      " + l).reduce("", (a, b) -> a + b + "\n");
    }
}
