package io.dockertutor.gotext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go struct declarations as data, and the decoding of a JSON value into them as encoding/json would decode it into
 * the typed Go value: every declared field exists (JSON's missing or null becomes the zero value: {@code ""},
 * {@code 0}, {@code false}, a typed nil slice, map or pointer), so templates print Go's {@code %v} forms
 * ({@code {a b}}, {@code <nil>}, {@code []}, {@code map[k:v]}) and asking for an undeclared field fails.
 *
 * <pre>{@code
 * GoSchema s = GoSchema.parse("""
 *     container.RestartPolicy
 *       Name string
 *       MaximumRetryCount int
 *     """);
 * Object v = s.decode("container.RestartPolicy", Map.of("Name", "always")); // prints {always 0}
 * }</pre>
 *
 * A declaration is a type name at the start of a line, then one indented line per field: {@code Name GoType},
 * optionally followed by the JSON key when it differs ({@code ID string Id}); a line with only a type embeds it.
 * A struct type not declared decodes as the raw JSON map.
 */
public final class GoSchema {
    /** One field: its Go name, Go type, JSON key; embedded fields have a null name. */
    record Field(String name, String type, String jsonKey) {
        boolean embedded() {
            return name == null;
        }
    }

    private final Map<String, List<Field>> types;

    private GoSchema(Map<String, List<Field>> types) {
        this.types = types;
    }

    public static GoSchema parse(String text) {
        Map<String, List<Field>> types = new LinkedHashMap<>();
        List<Field> current = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split("\\s+");
            if (!Character.isWhitespace(raw.charAt(0))) {
                current = new ArrayList<>();
                types.put(w[0], current);
            } else if (current == null) {
                throw new IllegalArgumentException("field outside a type: " + line);
            } else if (w.length == 1) {
                current.add(new Field(null, w[0], null));
            } else {
                current.add(new Field(w[0], w[1], w.length > 2 ? w[2] : w[0]));
            }
        }
        return new GoSchema(types);
    }

    /** Decodes {@code json} (maps, lists, strings, numbers, booleans, null) into a value of Go type {@code type}. */
    public Object decode(String type, Object json) {
        if (type.startsWith("*")) {
            String target = type.substring(1);
            if (json == null) {
                return TypedNil.pointer(type);
            }
            return types.containsKey(target) && json instanceof Map<?, ?> m ? struct(type, target, m) : json;
        }
        if (type.startsWith("[]") || type.matches("\\[\\d+].*")) {
            if (!(json instanceof List<?> list)) {
                return TypedNil.slice(type);
            }
            String element = type.substring(type.indexOf(']') + 1);
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(e -> out.add(decode(element, e)));
            return out;
        }
        if (type.startsWith("map[")) {
            if (!(json instanceof Map<?, ?> map)) {
                return TypedNil.map(type);
            }
            String key = type.substring(4, type.indexOf(']'));
            String value = type.substring(type.indexOf(']') + 1);
            Map<String, Object> out = key.equals("string") ? new TreeMap<>() : new NamedKeyMap(key);
            map.forEach((k, v) -> out.put(String.valueOf(k), decode(value, v)));
            return out;
        }
        return switch (type) {
            case "string" -> json == null ? "" : String.valueOf(json);
            case "bool" -> json instanceof Boolean b && b;
            case "int", "uint16", "uint32", "int32" -> json instanceof Number n ? n.intValue() : 0;
            case "int64", "uint64", "uint" -> json instanceof Number n ? n.longValue() : 0L;
            // a caller may hand over the time's raw Go fields ({wall ext loc}), as fmt prints them inside a value
            // it cannot call String() on (an unexported field of a formatter context)
            case "time.Time" -> json instanceof TemplateObject raw ? raw : json instanceof String t && !t.isEmpty() ? new GoTimeValue(t) : GoTimeValue.zero();
            case "time.Duration" -> new GoDuration(json instanceof Number n ? n.longValue() : 0L);
            case "struct{}" -> TemplateStruct.builder("struct {}").build();
            default -> types.containsKey(type) ? struct(type, type, json instanceof Map<?, ?> m ? m : Map.of()) : json;
        };
    }

    private SchemaStruct struct(String goTypeName, String declared, Map<?, ?> json) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<SchemaStruct> embedded = new ArrayList<>();
        Map<String, Object> jsonStructs = new LinkedHashMap<>();
        for (Field f : types.get(declared)) {
            if (f.embedded()) {
                // encoding/json flattens an embedded struct's fields into the outer object.
                Object inner = decode(f.type(), json);
                String simple = f.type().substring(f.type().lastIndexOf('.') + 1);
                values.put(simple, inner);
                if (inner instanceof SchemaStruct s) {
                    embedded.add(s);
                    jsonStructs.putAll(s.jsonStructs());
                }
                continue;
            }
            Object v = decode(f.type(), json.get(f.jsonKey()));
            values.put(f.name(), v);
            if (v instanceof TemplateObject) {
                jsonStructs.put(f.jsonKey(), v);
            }
        }
        return new SchemaStruct(goTypeName, values, embedded, json, jsonStructs);
    }
}
