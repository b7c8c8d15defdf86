package io.dockertutor.gotext;

/**
 * A typed Go nil, such as a nil {@code *time.Time}, nil {@code []string} or nil {@code map[string]string}.
 * Unlike an untyped nil ({@code null}) it prints as Go prints the typed zero value: {@code <nil>},
 * {@code []} or {@code map[]}; encoding/json writes {@code null} for all three.
 */
public record TypedNil(String goTypeName) {
    public static TypedNil pointer(String goTypeName) {
        return new TypedNil(goTypeName);
    }

    public static TypedNil slice(String goTypeName) {
        return new TypedNil(goTypeName);
    }

    public static TypedNil map(String goTypeName) {
        return new TypedNil(goTypeName);
    }

    boolean isSlice() {
        return goTypeName.startsWith("[]");
    }

    boolean isMap() {
        return goTypeName.startsWith("map[");
    }

    String printed() {
        return isSlice() ? "[]" : isMap() ? "map[]" : "<nil>";
    }
}
