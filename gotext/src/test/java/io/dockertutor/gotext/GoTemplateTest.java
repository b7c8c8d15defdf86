package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Behaviour of Go 1.22+ templates (docker 28 is built with Go 1.24, newer than the local Go used by the
 * oracle test); expectations were checked with {@code docker context ls --format}.
 */
class GoTemplateTest {
    private static final Map<String, Object> DATA = Map.of("Name", "web", "Empty", "");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'{{range 3}}{{.}}{{end}}'|'012'",
        "'{{range $i := 2}}{{$i}}{{end}}'|'01'",
        "'{{with .Empty}}a{{else with .Name}}b{{.}}{{end}}'|'bweb'",
        "'{{with .Empty}}a{{else with .Empty}}b{{else}}c{{end}}'|'c'",
        "'{{printf \"%v\" 1000000.0}} {{1e6}} {{0.0001}} {{123456.0}}'|'1e+06 1e+06 0.0001 123456'",
    })
    void newerGoFeaturesWork(String template, String expected) throws TemplateException {
        assertThat(GoTemplate.parse(template).execute(DATA)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'{{range $i, $v := 2}}{{end}}'|'template: :1:18: executing \"\" at <2>: can''t use 2 to iterate over more than one variable'",
        "'{{.X}'|'template: :1: bad character U+007D ''}'''",
        "'{{bogus .}}'|'template: :1: function \"bogus\" not defined'",
        "'{{.Name}}\n  {{.Nope.X}}'|'template: :2:9: executing \"\" at <.Nope.X>: can''t evaluate field Nope in type *formatter.imageContext'",
    })
    void errorsReadLikeDockers(String template, String message) {
        TemplateObject image = TemplateStruct.builder("*formatter.imageContext").field("Name", "web").build();
        assertThatThrownBy(() -> GoTemplate.parse(template).execute(image))
                .isInstanceOf(TemplateException.class).hasMessage(message);
    }

    @Test
    void parsedTemplatesAreCachedAndReusable() throws TemplateException {
        GoTemplate a = GoTemplate.parse("{{.Name}}!");
        assertThat(GoTemplate.parse("{{.Name}}!")).isSameAs(a);
        assertThat(a.execute(Map.of("Name", "x"))).isEqualTo("x!");
        assertThat(a.execute(Map.of("Name", "y"))).isEqualTo("y!");
    }

    @Test
    void typedNilsPrintLikeGoZeroValues() throws TemplateException {
        Map<String, Object> data = Map.of("P", TypedNil.pointer("*time.Time"), "S", TypedNil.slice("[]string"),
                "M", TypedNil.map("map[string]string"));
        assertThat(GoTemplate.parse("{{.P}} {{.S}} {{.M}} {{len .S}} {{.M.x}} {{if .S}}y{{else}}n{{end}}")
                .execute(data)).isEqualTo("<nil> [] map[] 0 <no value> n");
    }

    /** text/template's printValue indirects a pointer (docker prints {{.State}} as {running ...}); printf does not. */
    @Test
    void structsPrintFieldsInDeclarationOrder() throws TemplateException {
        TemplateObject s = TemplateStruct.builder("*x.T").field("B", 2).field("A", List.of("a")).build();
        assertThat(GoTemplate.parse("{{.}} {{printf \"%+v\" .}}").execute(s)).isEqualTo("{2 [a]} &{B:2 A:[a]}");
    }
}
