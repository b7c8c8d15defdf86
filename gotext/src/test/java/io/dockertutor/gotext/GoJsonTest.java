package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts were printed by Go's encoding/json (Go 1.22+ writes \b and \f as short escapes). */
class GoJsonTest {

    private static TemplateObject sample() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", Arrays.asList(true, null));
        map.put("m", Map.of());
        return TemplateStruct.builder("main.S")
                .field("Name", "<a&b>\u2028\u0001\"\\\t\b")
                .field("Tags", List.of())
                .field("Nil", TypedNil.slice("[]string"))
                .field("Ptr", TypedNil.pointer("*int"))
                .field("Map", map)
                .field("F", 1e21)
                .field("Small", 0.0000001)
                .field("N", -5L)
                .build();
    }

    @Test
    void marshalIsCompactEscapesHtmlAndSortsMapKeys() {
        assertThat(GoJson.marshal(sample())).isEqualTo(
                "{\"Name\":\"\\u003ca\\u0026b\\u003e\\u2028\\u0001\\\"\\\\\\t\\b\",\"Tags\":[],\"Nil\":null,\"Ptr\":null,"
                        + "\"Map\":{\"a\":[true,null],\"m\":{},\"z\":1},\"F\":1e+21,\"Small\":1e-7,\"N\":-5}");
    }

    @Test
    void marshalIndentWithFourSpacesMatchesDockerInspect() {
        assertThat(GoJson.marshalIndent(List.of(sample()), "", "    ", true)).isEqualTo("""
                [
                    {
                        "Name": "\\u003ca\\u0026b\\u003e\\u2028\\u0001\\"\\\\\\t\\b",
                        "Tags": [],
                        "Nil": null,
                        "Ptr": null,
                        "Map": {
                            "a": [
                                true,
                                null
                            ],
                            "m": {},
                            "z": 1
                        },
                        "F": 1e+21,
                        "Small": 1e-7,
                        "N": -5
                    }
                ]""");
    }

    @ParameterizedTest
    @CsvSource({"1.5,1.5", "100.0,100", "1e20,100000000000000000000", "123456789.0,123456789", "0.000001,0.000001",
            "2.5e-7,2.5e-7", "1.25e22,1.25e+22"})
    void floatsAreFormattedLikeGo(double value, String expected) {
        assertThat(GoJson.marshal(value)).isEqualTo(expected);
    }

    @Test
    void templateJsonFunctionDoesNotEscapeHtml() throws TemplateException {
        assertThat(GoTemplate.parse("{{json .}}").execute(Map.of("k", "<&>"))).isEqualTo("{\"k\":\"<&>\"}");
    }

    @Test
    void jsonValueReplacesFieldsLikeMarshalJSON() {
        TemplateObject o = TemplateStruct.builder("*formatter.c").field("B", 1).field("A", 2)
                .json(() -> Map.of("B", 1, "A", 2)).build();
        assertThat(GoJson.marshal(o)).isEqualTo("{\"A\":2,\"B\":1}");
    }
}
