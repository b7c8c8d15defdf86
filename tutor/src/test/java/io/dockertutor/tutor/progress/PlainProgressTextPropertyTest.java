package io.dockertutor.tutor.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The progress text written without snakeyaml is snakeyaml's own, character for character, whatever the names and
 * numbers: plain lowercase ids, ids YAML quotes ({@code yes}, {@code 1}, {@code a b}, {@code ü}, a long one), and
 * empty lessons or steps.
 */
class PlainProgressTextPropertyTest {
    @Property(tries = 500)
    void theTutorsProgressTextIsExactlySnakeyamlsForAnyProgress(@ForAll("progress") Progress p) {
        assertThat(ProgressCodec.write(p)).isEqualTo(ProgressCodec.withSnakeYaml(p));
    }

    @Property(tries = 200)
    void aProgressOfPlainNamesIsWrittenWithoutSnakeyamlAndReadsBackTheSame(@ForAll("plainProgress") Progress p)
            throws Exception {
        assertThat(PlainProgressText.of(p)).isPresent();
        Progress read = ProgressCodec.read(ProgressCodec.write(p));
        assertThat(read.lessons()).isEqualTo(p.lessons());
        assertThat(read.current()).isEqualTo(p.current());
        assertThat(read.welcomed()).isEqualTo(p.welcomed());
    }

    @Provide
    Arbitrary<Progress> progress() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcxyz-019").ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> odd = Arbitraries.of("yes", "no", "on", "off", "true", "null", "1", "0x1f", "1:20", "a b",
                "über", "a:b", "-x", "x-", "~", "y", "n", ".inf", "z".repeat(90), "", "#x", "x#", "'q'", "Docker");
        return progressOf(Arbitraries.oneOf(plain, odd));
    }

    @Provide
    Arbitrary<Progress> plainProgress() {
        return progressOf(Arbitraries.strings().withChars("abcdefghij").ofMinLength(1).ofMaxLength(3)
                .map(s -> "l" + s + "-step"));
    }

    private static Arbitrary<Progress> progressOf(Arbitrary<String> names) {
        Arbitrary<StepProgress> step = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 30), Arbitraries.of(StepProgress.Solution.class),
                Arbitraries.integers().between(0, 5000)).as(StepProgress::new);
        Arbitrary<LessonProgress> lesson = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 40), Arbitraries.longs().between(0, 9_000_000L),
                Arbitraries.maps(names, step).ofMaxSize(4).map(LinkedHashMap::new)).as(LessonProgress::new);
        Arbitrary<Map<String, LessonProgress>> lessons = Arbitraries.maps(names, lesson).ofMaxSize(4).map(LinkedHashMap::new);
        Arbitrary<String> current = Arbitraries.oneOf(names, Arbitraries.just(null));
        return Combinators.combine(Arbitraries.of(true, false), current, lessons)
                .as((welcomed, cur, ls) -> new Progress(welcomed, cur, ls));
    }

}
