package io.dockertutor.gotext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A map-backed {@link TemplateObject}: fields keep insertion order, lazy fields stand for Go methods
 * such as {@code .CreatedSince}.
 *
 * <pre>{@code
 * TemplateObject image = TemplateStruct.builder("*formatter.imageContext")
 *     .field("Repository", "nginx").lazy("CreatedSince", () -> "2 weeks ago").build();
 * }</pre>
 */
public final class TemplateStruct implements TemplateObject {
    private final String goTypeName;
    private final Map<String, Supplier<Object>> fields;
    private final Map<String, TemplateFunction> methods;
    private final Map<String, String> fieldTypes;
    private final Supplier<Object> json;
    private final boolean sortedJson;
    private final Supplier<Object> printed;
    private final List<String> names;

    private TemplateStruct(Builder b) {
        goTypeName = b.goTypeName;
        fields = new LinkedHashMap<>(b.fields);
        methods = Map.copyOf(b.methods);
        fieldTypes = Map.copyOf(b.fieldTypes);
        json = b.json;
        sortedJson = b.sortedJson;
        printed = b.printed;
        names = List.copyOf(new ArrayList<>(fields.keySet()));
    }

    public static Builder builder(String goTypeName) {
        return new Builder(goTypeName);
    }

    @Override
    public String goTypeName() {
        return goTypeName;
    }

    @Override
    public List<String> fieldNames() {
        return names;
    }

    @Override
    public Object field(String name) {
        Supplier<Object> s = fields.get(name);
        return s == null ? null : s.get();
    }

    @Override
    public String fieldGoType(String name) {
        return fieldTypes.get(name);
    }

    @Override
    public TemplateFunction method(String name) {
        return methods.get(name);
    }

    /** What {@code {{.}}} prints instead of the fields, or null: see {@link Builder#printed}. */
    Object printed() {
        return printed == null ? null : printed.get();
    }

    @Override
    public Object jsonValue() {
        if (sortedJson) {
            Builder b = builder(goTypeName);
            names.stream().sorted().forEach(n -> b.lazy(n, fields.get(n)));
            return b.build();
        }
        return json == null ? this : json.get();
    }

    /** Collects fields in declaration order. */
    public static final class Builder {
        private final String goTypeName;
        private final Map<String, Supplier<Object>> fields = new LinkedHashMap<>();
        private final Map<String, TemplateFunction> methods = new LinkedHashMap<>();
        private final Map<String, String> fieldTypes = new LinkedHashMap<>();
        private Supplier<Object> json;
        private boolean sortedJson;
        private Supplier<Object> printed;

        private Builder(String goTypeName) {
            this.goTypeName = goTypeName;
        }

        public Builder field(String name, Object value) {
            fields.put(name, () -> value);
            return this;
        }

        /** A field with a declared Go type that differs from its value's (e.g. {@code interface {}}). */
        public Builder field(String name, Object value, String goType) {
            fieldTypes.put(name, goType);
            return field(name, value);
        }

        public Builder lazy(String name, Supplier<Object> value) {
            fields.put(name, value);
            return this;
        }

        public Builder method(String name, TemplateFunction function) {
            methods.put(name, function);
            return this;
        }

        /** What {@code json} marshals instead of the fields (docker's formatter contexts marshal a sorted map). */
        public Builder json(Supplier<Object> value) {
            json = value;
            return this;
        }

        /**
         * {@code json} writes the fields sorted by name, as docker's formatter.MarshalJSON does: it collects every
         * method's value into a map, which encoding/json writes with sorted keys (still escaping {@code <>&}).
         */
        public Builder sortedJson() {
            sortedJson = true;
            return this;
        }

        /**
         * What {@code {{.}}} prints: a docker formatter context's methods are what templates select, but fmt prints
         * the context's Go fields ({@code {{<nil>} {...the volume...}}} for a volume row).
         */
        public Builder printed(Supplier<Object> value) {
            printed = value;
            return this;
        }

        public TemplateStruct build() {
            return new TemplateStruct(this);
        }
    }
}
