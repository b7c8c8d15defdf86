package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected outputs were recorded from the real docker CLI 28.2.2 with {@code docker context ls --format F}
 * (a list command that needs no daemon), so rows mimic docker's clientContextContext.
 */
class DockerFormatTest {
    static final String DEFAULT = "table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}";
    static final Map<String, String> HEADERS = Map.of("Name", "NAME", "Description", "DESCRIPTION",
            "DockerEndpoint", "DOCKER ENDPOINT", "Error", "ERROR");

    static TemplateObject context() {
        Map<String, Object> json = new TreeMap<>(Map.of("Current", true, "Description",
                "Current DOCKER_HOST based configuration", "DockerEndpoint", "unix:///var/run/docker.sock", "Error", "",
                "Name", "default"));
        return TemplateStruct.builder("*formatter.clientContextContext")
                .field("Name", "default").field("Current", true)
                .field("Description", "Current DOCKER_HOST based configuration")
                .field("DockerEndpoint", "unix:///var/run/docker.sock").field("Error", "")
                .json(() -> json).build();
    }

    private static String render(String format) throws TemplateException {
        StringBuilder out = new StringBuilder();
        DockerFormat.render(format, DEFAULT, HEADERS, List.of(context()), out);
        return out.toString();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'table {{.Name}}\\t{{.Current}}\\t{{.Description}}'|'NAME      <no value>   DESCRIPTION\ndefault   true         Current DOCKER_HOST based configuration\n'",
        "'table {{json .Name}}\\t{{upper .Name}}\\t{{pad .Name 1 1}}|{{truncate .Description 7}}'|'NAME        NAME       NAME |DESCRIPTION\n\"default\"   DEFAULT    default |Current\n'",
        "'table'|'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\ndefault *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   \n'",
        "''|'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\ndefault *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   \n'",
        "'json'|'{\"Current\":true,\"Description\":\"Current DOCKER_HOST based configuration\",\"DockerEndpoint\":\"unix:///var/run/docker.sock\",\"Error\":\"\",\"Name\":\"default\"}\n'",
        "'{{.Name}}\\t{{.Current}}'|'default\ttrue\n'",
        "'table {{.Name}}\\t{{.Name | printf \"%s!\"}}\\t{{lower .Description}}'|'NAME      NAME!      DESCRIPTION\ndefault   default!   current docker_host based configuration\n'",
        "'table {{.DockerEndpoint}}\\t{{title .Name}}'|'DOCKER ENDPOINT               NAME\nunix:///var/run/docker.sock   Default\n'",
        "'table {{split .DockerEndpoint \":\"}}\\t{{join (split .DockerEndpoint \":\") \"-\"}}'|'DOCKER ENDPOINT                 DOCKER ENDPOINT\n[unix ///var/run/docker.sock]   unix-///var/run/docker.sock\n'",
    })
    void rendersLikeDockerContextLs(String format, String expected) throws TemplateException {
        assertThat(render(format)).isEqualTo(expected);
    }

    @Test
    void unknownFieldFailsWithGoTextAndPrintsNothing() {
        StringBuilder out = new StringBuilder();
        assertThatThrownBy(() -> DockerFormat.render("table {{.Current}}|{{.Nope}}", DEFAULT, HEADERS,
                List.of(context()), out))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template: :1:15: executing \"\" at <.Nope>: can't evaluate field Nope in type "
                        + "*formatter.clientContextContext");
        assertThat(out).isEmpty();
    }

    @Test
    void tableWithoutRowsStillPrintsTheHeader() throws TemplateException {
        StringBuilder out = new StringBuilder();
        DockerFormat.render("table {{.Name}}\\t{{.Error}}", DEFAULT, HEADERS, List.of(), out);
        assertThat(out).hasToString("NAME      ERROR\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'table {{.A}}\\t{{.B}}'|'{{.A}}\t{{.B}}'",
        "'  {{.A}}\\n{{.B}}  '|'{{.A}}\n{{.B}}'",
        "'{{.A}}\\\\t'|'{{.A}}\\\t'",
        "'json'|'{{json .}}'",
    })
    void preFormatStripsTableAndTurnsEscapesIntoTabsAndNewlines(String format, String expected) {
        assertThat(DockerFormat.preFormat(format)).isEqualTo(expected);
    }

    @Test
    void inspectFallsBackToRawMapsWithMissingKeyError() throws TemplateException {
        DockerFormat.InspectOutput result = DockerFormat.inspect("{{.Nope}}", List.of(context()));
        assertThat(result.errors()).containsExactly("template parsing error: template: :1:2: executing \"\" at <.Nope>: "
                + "map has no entry for key \"Nope\"");
        assertThat(result.stdout()).isEqualTo("\n");
    }

    @Test
    void inspectAppendsANewlinePerObject() throws TemplateException {
        DockerFormat.InspectOutput result = DockerFormat.inspect("{{.Name}} {{json .Current}}",
                List.of(context(), context()));
        assertThat(result.stdout()).isEqualTo("default true\ndefault true\n");
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void inspectParseErrorIsThrown() {
        assertThatThrownBy(() -> DockerFormat.inspect("{{.X}", List.of(context())))
                .hasMessage("template: :1: bad character U+007D '}'");
    }
}
