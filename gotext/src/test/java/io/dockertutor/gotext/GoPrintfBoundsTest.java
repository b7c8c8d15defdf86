package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Widths and precisions past Go's bound (fmt's {@code tooLarge}, a million) come out as Go prints them, and no
 * template prints more than {@link FormatOutputLimit#MAX_CHARS}. Expectations were recorded with Go 1.19's
 * text/template (the same fmt code as Go 1.24 for these cases).
 */
class GoPrintfBoundsTest {
    private static final Map<String, Object> NO_DATA = Map.of();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'{{printf \"%999999999d\" 1}}'|'%!(NOVERB)%!(EXTRA int=1)'",
        "'{{printf \"%.999999999f\" 1.0}}'|'%!(NOVERB)%!(EXTRA float64=1)'",
        "'{{printf \"%12345678d\" 1}}'|'%!(NOVERB)%!(EXTRA int=1)'",
        "'{{printf \"%*d\" 99999999 1}}'|'%!(BADWIDTH)1'",
        "'{{printf \"%*d\" 1000001 1}}'|'%!(BADWIDTH)1'",
        "'{{printf \"%*d\" \"x\" 1}}'|'%!(BADWIDTH)1'",
        "'{{printf \"%*d\"}}'|'%!(BADWIDTH)%!d(MISSING)'",
        "'{{printf \"%.*d\" 99999999 1}}'|'%!(BADPREC)1'",
        "'{{printf \"%.*d\" -3 1}}'|'%!(BADPREC)1'",
        "'{{printf \"%-*s|\" -3 \"a\"}}'|'a  |'",
        "'{{printf \"%-*s|\" 4 \"ab\"}}'|'ab  |'",
        "'{{printf \"%.*f\" 2 3.14159}}'|'3.14'",
        "'{{printf \"%.3\" 1}}'|'%!(NOVERB)%!(EXTRA int=1)'",
        "'{{printf \"%.10000000s|\" \"abc\"}}'|'abc|'",
        "'{{printf \"%.1100f\" 0.1 | printf \"%.20s\"}}'|'0.100000000000000005'",
        "'{{printf \"%9999999d\" 1 | len}}'|'9999999'",
        "'{{printf \"%.9999999f\" 1.5 | len}}'|'10000001'",
        "'{{printf \"%.2000f\" 0.1 | len}}'|'2002'",
        "'{{printf \"%.9999999e\" 1.5 | len}}'|'10000005'",
        "'{{printf \"%.9999999g\" 1.5 | len}}'|'3'",
        "'{{printf \"%.3g\" 1.5}}'|'1.5'",
        "'{{printf \"%9999999.3e\" 1.5 | len}}'|'9999999'",
        "'{{printf \"%.9999999x\" 255 | len}}'|'9999999'",
        "'{{printf \"%09999999d\" -5 | len}}'|'9999999'",
    })
    void hugeWidthsAndPrecisionsPrintWhatGoPrints(String template, String expected) throws TemplateException {
        assertThat(GoTemplate.parse(template).execute(NO_DATA)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{{range 100}}{{printf \"%9999999d\" 1}}{{end}}",
        "{{printf \"%9999999d%9999999d\" 1 2}}",
        "{{$x := printf \"%9999999s\" \"<\"}}{{html $x}}",
        "{{$x := printf \"%9999999s\" \"<\"}}{{print $x $x}}",
        "{{split (printf \"%9999999s\" \"\") \"\"}}",
        "{{pad \"x\" 999999999 0}}",
    })
    void anOutputPastTheLimitIsRefusedBeforeItFillsTheHeap(String template) {
        assertThatThrownBy(() -> GoTemplate.parse(template).execute(NO_DATA)).isInstanceOf(FormatOutputLimit.class);
    }

    @org.junit.jupiter.api.Test
    void aRangeOverAHugeNumberStopsAtTheStepBudget() {
        assertThatThrownBy(() -> GoTemplate.parse("{{range 99999999999}}{{end}}").execute(NO_DATA))
                .isInstanceOfSatisfying(FormatOutputLimit.class, e -> assertThat(e.steps()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'{{slice \"abc\" 99999999999}}'|'template: :1:2: executing \"\" at <slice \"abc\" 99999999999>: error calling slice: index out of range: 99999999999'",
        "'{{slice \"abc\" 1 99999999999}}'|'template: :1:2: executing \"\" at <slice \"abc\" 1 99999999999>: error calling slice: index out of range: 99999999999'",
        "'{{index .S 99999999999}}'|'template: :1:2: executing \"\" at <index .S 99999999999>: error calling index: index out of range: 99999999999'",
        "'{{index .S 99999999999999999999}}'|'template: :1: integer overflow: \"99999999999999999999\"'",
        "'{{index \"abc\" -1}}'|'template: :1:2: executing \"\" at <index \"abc\" -1>: error calling index: index out of range: -1'",
    })
    void hugeIndexesAreGosErrors(String template, String message) {
        assertThatThrownBy(() -> GoTemplate.parse(template).execute(Map.of("S", java.util.List.of("a", "b"))))
                .isInstanceOf(TemplateException.class).hasMessage(message);
    }
}
