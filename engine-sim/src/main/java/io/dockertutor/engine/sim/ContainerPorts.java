package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ports of a {@code publish} or {@code expose} filter, as moby's portOp reads them: {@code 80}, {@code 80/udp}
 * or a range {@code 8000-8080/tcp}, expanded to {@code PORT/PROTO} keys; a colon or a bad number fails.
 */
final class ContainerPorts {
    private ContainerPorts() {
    }

    static Set<String> of(String key, List<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : values) {
            if (value.contains(":")) {
                throw EngineException.badRequest("filter for '" + key + "' should not contain ':': " + value);
            }
            int slash = value.indexOf('/');
            String port = slash < 0 ? value : value.substring(0, slash);
            String proto = slash < 0 ? "tcp" : value.substring(slash + 1);
            if (port.isEmpty()) {
                throw EngineException.badRequest("error while looking up for " + key + " " + value + ": empty string specified for ports.");
            }
            int dash = port.indexOf('-');
            int start = number(key, value, dash < 0 ? port : port.substring(0, dash));
            int end = dash < 0 ? start : number(key, value, port.substring(dash + 1));
            if (end < start) {
                throw EngineException.badRequest("error while looking up for " + key + " " + value + ": invalid range specified for port: " + port);
            }
            for (int p = start; p <= end; p++) {
                keys.add(p + "/" + proto);
            }
        }
        return keys;
    }

    private static int number(String key, String value, String digits) {
        try {
            int n = Integer.parseInt(digits);
            if (n < 0 || n > 65535 || !digits.matches("\\d+")) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            String why = digits.matches("\\d+") ? "value out of range" : "invalid syntax";
            throw EngineException.badRequest("error while looking up for " + key + " " + value + ": strconv.ParseUint: parsing \""
                    + digits + "\": " + why);
        }
    }
}
