package io.dockertutor.gotext;

import java.util.TreeMap;

/**
 * A Go map whose key is a named string type, such as nat.PortMap ({@code map[nat.Port][]nat.PortBinding}): it prints
 * like any map, but a template can neither select {@code .Key} from it nor {@code index} it with a plain string.
 */
final class NamedKeyMap extends TreeMap<String, Object> {
    private final String keyType;

    NamedKeyMap(String keyType) {
        this.keyType = keyType;
    }

    String keyType() {
        return keyType;
    }
}
