package io.dockertutor.gotext;

import java.util.List;

/**
 * A Go struct (or pointer to struct) as templates and {@link GoJson} see it. Plain Java values stand for
 * the other Go kinds: {@code String}, {@code Integer} (int), {@code Long} (int64), {@code Double}
 * (float64), {@code Boolean}, {@code List} (slice), {@code Map<String,?>} (map), {@code null} (nil).
 * {@link TemplateStruct} is a ready-made implementation.
 */
public interface TemplateObject {
    /** The Go type as reflect prints it, e.g. {@code *formatter.imageContext}; it appears in error texts. */
    String goTypeName();

    /** Exported fields in declaration order (this is the order of {@code %v} and JSON output). */
    List<String> fieldNames();

    /** Whether a template may select this field: one of {@link #fieldNames()} or one an embedded struct promotes. */
    default boolean hasField(String name) {
        return fieldNames().contains(name);
    }

    /** The value of a field named in {@link #fieldNames()}; fields that are Go methods may compute it here. */
    Object field(String name);

    /** The declared Go type of a field, when it differs from the value's own type (e.g. {@code interface {}}). */
    default String fieldGoType(String name) {
        return null;
    }

    /** A method that takes arguments, like docker's {@code .Label "key"}; null when there is none. */
    default TemplateFunction method(String name) {
        return null;
    }

    /** What encoding/json marshals instead of the fields, like a Go MarshalJSON method; {@code this} by default. */
    default Object jsonValue() {
        return this;
    }
}
