package io.dockertutor.gotext;

import java.util.List;
import java.util.Map;

/**
 * A Go struct decoded by {@link GoSchema}: {@code %v} prints its declared fields (an embedded struct as one nested
 * value), templates also reach the fields an embedded struct promotes, and {@code json} writes the object in the
 * order it was decoded from, as the struct's own tags would.
 */
final class SchemaStruct implements TemplateObject {
    private final String goTypeName;
    private final Map<String, Object> values;
    private final List<SchemaStruct> embedded;
    private final Map<?, ?> json;
    private final Map<String, Object> jsonStructs;

    SchemaStruct(String goTypeName, Map<String, Object> values, List<SchemaStruct> embedded, Map<?, ?> json,
                 Map<String, Object> jsonStructs) {
        this.goTypeName = goTypeName;
        this.values = values;
        this.embedded = embedded;
        this.json = json;
        this.jsonStructs = jsonStructs;
    }

    @Override
    public String goTypeName() {
        return goTypeName;
    }

    @Override
    public List<String> fieldNames() {
        return List.copyOf(values.keySet());
    }

    @Override
    public boolean hasField(String name) {
        return values.containsKey(name) || embedded.stream().anyMatch(e -> e.hasField(name));
    }

    @Override
    public Object field(String name) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        return embedded.stream().filter(e -> e.hasField(name)).findFirst().map(e -> e.field(name)).orElse(null);
    }

    Map<String, Object> jsonStructs() {
        return jsonStructs;
    }

    @Override
    public Object jsonValue() {
        TemplateStruct.Builder b = TemplateStruct.builder(goTypeName);
        json.forEach((k, v) -> b.field(String.valueOf(k), jsonStructs.getOrDefault(String.valueOf(k), v)));
        return b.build();
    }
}
