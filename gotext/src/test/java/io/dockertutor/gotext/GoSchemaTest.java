package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoSchemaTest {
    private static final GoSchema SCHEMA = GoSchema.parse("""
            t.Outer
              *t.Base
              Inner *t.Inner
              Ports map[nat.Port][]t.Binding
              Names []string
              Labels map[string]string
            t.Base
              ID string Id
              Count int
            t.Inner
              Name string
            t.Binding
              HostIP string HostIp
              HostPort string
            """);

    private static Object decode(Map<String, Object> json) {
        return SCHEMA.decode("*t.Outer", json);
    }

    private static Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Id", "abc");
        m.put("Inner", Map.of("Name", "n"));
        m.put("Ports", Map.of("80/tcp", List.of(Map.of("HostIp", "", "HostPort", "8090"))));
        m.put("Labels", Map.of("b", "2", "a", "1"));
        return m;
    }

    @Test
    void missingJsonFieldsBecomeGoZeroValuesAndNestedPointersPrintAsAddresses() throws TemplateException {
        assertThat(GoTemplate.parse("{{.}}").execute(decode(json())))
                .isEqualTo("{0xc000010000 0xc000010000 map[80/tcp:[{ 8090}]] [] map[a:1 b:2]}");
        assertThat(GoTemplate.parse("{{.Inner}} {{.Names}}").execute(decode(Map.of()))).isEqualTo("<nil> []");
    }

    @Test
    void embeddedStructsPromoteTheirFieldsAndJsonFlattensThem() throws TemplateException {
        assertThat(GoTemplate.parse("{{.ID}} {{.Count}} {{.Base.ID}}").execute(decode(json()))).isEqualTo("abc 0 abc");
        assertThat(GoTemplate.parse("{{json .Inner}}").execute(decode(json()))).isEqualTo("{\"Name\":\"n\"}");
    }

    @Test
    void undeclaredFieldsAndStringKeysIntoNamedKeyMapsFailOnTheTypedValue() throws TemplateException {
        assertThatThrownBy(() -> GoTemplate.parse("{{.Inner.Nope}}").execute(decode(json())))
                .hasMessageContaining("can't evaluate field Nope in type *t.Inner");
        assertThatThrownBy(() -> GoTemplate.parse("{{.Ports.x}}").execute(decode(json())))
                .hasMessageContaining("can't evaluate field x");
        assertThatThrownBy(() -> GoTemplate.parse("{{index .Ports \"80/tcp\"}}").execute(decode(json())))
                .hasMessageContaining("value has type string; should be nat.Port");
    }
}
