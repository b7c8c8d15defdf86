package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.gotext.TemplateFunction.Param;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Replays outputs and error texts recorded from Go's own text/template with docker's function map
 * (template_oracle.go next to template-cases.json says how to re-record them).
 */
class GoTemplateOracleTest {

    static Map<String, Object> data() {
        Map<String, String> imgLabels = Map.of("maintainer", "NGINX");
        TemplateObject img = TemplateStruct.builder("*main.imageContext")
                .field("ID", "sha256:abc")
                .field("Repository", "nginx")
                .field("Size", 1024L)
                .field("Labels", imgLabels)
                .field("Names", List.of("n1", "n2"))
                .method("CreatedSince", TemplateFunction.of(a -> "2 weeks ago", false))
                .method("Label", TemplateFunction.of(a -> imgLabels.getOrDefault((String) a.get(0), ""), false,
                        Param.STRING))
                .build();
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("maintainer", "me");
        labels.put("a.b", "dots");
        labels.put("<html>", "&");
        Map<String, Object> m = new HashMap<>();
        m.put("k", "v");
        m.put("n", 2);
        m.put("nested", Map.of("deep", "yes"));
        List<Object> mixed = new java.util.ArrayList<>();
        mixed.add("x");
        mixed.add(1);
        mixed.add(null);
        mixed.add(true);
        Map<String, Object> d = new HashMap<>();
        d.put("Name", "web");
        d.put("Num", 3);
        d.put("Neg", -7);
        d.put("F", 2.5);
        d.put("Big", 1e21);
        d.put("T", true);
        d.put("Empty", "");
        d.put("Nil", null);
        d.put("Strs", List.of("a", "b", "c"));
        d.put("Mixed", mixed);
        d.put("Labels", labels);
        d.put("M", m);
        d.put("EmptyL", List.of());
        d.put("Img", img);
        return d;
    }

    static Stream<Arguments> recordedCases() throws IOException {
        try (InputStream in = GoTemplateOracleTest.class.getResourceAsStream("template-cases.json")) {
            List<Map<String, String>> cases = new Yaml().load(in);
            return cases.stream().map(c -> Arguments.of(c.get("template"), c.get("out"), c.get("err")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedCases")
    void templateBehavesLikeGo(String template, String expectedOut, String expectedErr) {
        String source = template.replace("\\n", "\n").replace("\\t", "\t");
        StringBuilder out = new StringBuilder();
        String err = "";
        try {
            GoTemplate.parse(source).execute(data(), out);
        } catch (TemplateException e) {
            err = e.getMessage();
        }
        assertThat(err).as("error").isEqualTo(expectedErr);
        assertThat(out.toString()).as("output").isEqualTo(expectedOut);
    }
}
