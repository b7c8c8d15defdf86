package io.dockertutor.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --gpus} value as docker/cli's {@code GpuOpts.Set} reads it into a {@code DeviceRequest}: a CSV record of
 * {@code all} or a count, {@code driver=}, {@code device=} and {@code capabilities=} (to which {@code gpu} is added).
 * <pre>{@code GpuRequest.parse("all")                            // driver "", count -1, [[gpu]]
 * GpuRequest.parse("\"capabilities=compute,utility\"")  // count 1, [[compute utility gpu]]}</pre>
 *
 * @param count      -1 for all, 0 when only device ids are named
 * @param deviceIds  the ids named, or null
 */
public record GpuRequest(String driver, long count, List<String> deviceIds, List<String> capabilities) {
    /** Parses a value the CLI accepted (its own refusals come first). */
    public static GpuRequest parse(String value) {
        String driver = "";
        Long count = null;
        List<String> ids = null;
        List<String> caps = List.of("gpu");
        for (String field : csv(value)) {
            int eq = field.indexOf('=');
            String key = eq < 0 ? field : field.substring(0, eq);
            String val = eq < 0 ? field : field.substring(eq + 1);
            switch (eq < 0 ? "count" : key) {
                case "count" -> count = val.equals("all") ? -1L : Long.parseLong(val);
                case "driver" -> driver = val;
                case "device" -> ids = List.of(val.split(","));
                case "capabilities" -> {
                    caps = new ArrayList<>(List.of(val.split(",")));
                    caps.add("gpu");
                }
                default -> { }
            }
        }
        return new GpuRequest(driver, count != null ? count : ids == null ? 1 : 0, ids, List.copyOf(caps));
    }

    /** One CSV record ({@code encoding/csv}): commas inside double quotes stay. */
    private static List<String> csv(String value) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char ch : value.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
