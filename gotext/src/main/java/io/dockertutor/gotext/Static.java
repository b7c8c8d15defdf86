package io.dockertutor.gotext;

/**
 * A value seen through a declared Go type that differs from its own, above all {@code interface {}}:
 * elements of a {@code []interface {}} or map. Go reports that declared type in errors
 * ({@code can't evaluate field X in type interface {}}) until a pipeline step unwraps it.
 */
record Static(Object value, String goType) {
    static final String INTERFACE = "interface {}";

    static Static iface(Object value) {
        return new Static(value, INTERFACE);
    }

    static Object unwrap(Object v) {
        return v instanceof Static s ? s.value : v;
    }
}
