package io.dockertutor.cli.command;

import io.dockertutor.gotext.TemplateStruct;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Go fields of docker's formatter contexts, which {@code --format '{{.}}'} prints: the embedded HeaderContext
 * ({@code {<nil>}}), the context's own flags, then the daemon's object, whose time.Time fields print raw
 * ({@code {wall ext loc}}) because fmt cannot call String() on an unexported field.
 */
final class RowStructs {
    /** Seconds from January 1 of year 1 to the Unix epoch: the ext of a Go time without a monotonic reading. */
    private static final long UNIX_TO_INTERNAL = 62_135_596_800L;

    private RowStructs() {
    }

    static TemplateStruct context(String goType, List<?> flags, Object object) {
        TemplateStruct.Builder b = TemplateStruct.builder(goType)
                .field("HeaderContext", TemplateStruct.builder("formatter.HeaderContext").field("header", null).build());
        for (int i = 0; i < flags.size(); i++) {
            b.field("flag" + i, flags.get(i));
        }
        return b.field("object", object).build();
    }

    /** A network as NetworkList answers it (no Containers), with Created as the raw time struct. */
    static Object listedNetwork(Map<String, Object> inspected) {
        Map<String, Object> json = new LinkedHashMap<>(inspected);
        json.put("Containers", new TreeMap<>());
        Instant t = OffsetDateTime.parse((String) inspected.get("Created")).toInstant();
        json.put("Created", TemplateStruct.builder("time.Time").field("wall", (long) t.getNano())
                .field("ext", t.getEpochSecond() + UNIX_TO_INTERNAL).field("loc", null).build());
        return InspectTypes.SCHEMA.decode("network.Inspect", json);
    }
}
