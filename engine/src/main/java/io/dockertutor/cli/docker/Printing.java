package io.dockertutor.cli.docker;

import io.dockertutor.cli.format.DockerFormat;
import io.dockertutor.cli.format.GoJson;
import io.dockertutor.cli.format.TemplateException;
import java.util.List;
import java.util.Map;

/** Output helpers shared by the commands: tables and templates through {@link DockerFormat}, inspect JSON. */
final class Printing {
    private Printing() {
    }

    /** Renders rows with a {@code --format} value (already resolved to the command's default when empty). */
    static void rows(CliContext ctx, String format, Map<String, String> headers, List<?> rows) throws TemplateException {
        StringBuilder out = new StringBuilder();
        try {
            DockerFormat.render(format, format, headers, rows, out);
        } finally {
            ctx.out().print(out);
        }
    }

    /** {@code docker inspect -f}: the template per object; per-object errors go to stderr. Returns false on errors. */
    static boolean inspect(CliContext ctx, String format, List<?> objects) throws TemplateException {
        List<Object> typed = new java.util.ArrayList<>();
        for (Object o : objects) {
            typed.add(o instanceof Map<?, ?> m ? typedView(m) : o);
        }
        DockerFormat.InspectOutput result = DockerFormat.inspect(format, typed);
        ctx.out().print(result.stdout());
        result.errors().forEach(ctx.err()::println);
        return result.errors().isEmpty();
    }

    /**
     * The Go struct the CLI decodes an inspect answer into: the same fields as the JSON, but asking for a field
     * it lacks is an error (and docker then retries on the raw JSON map, as {@link DockerFormat#inspect} does).
     */
    @SuppressWarnings("unchecked")
    static io.dockertutor.cli.format.TemplateStruct typedView(Map<?, ?> json) {
        var b = io.dockertutor.cli.format.TemplateStruct.builder("types.InspectResponse");
        json.forEach((k, v) -> b.field(String.valueOf(k), v));
        return b.json(() -> json).build();
    }

    /** The indented JSON array {@code docker inspect} prints without {@code -f}. */
    static void json(CliContext ctx, List<?> objects) {
        ctx.out().println(GoJson.marshalIndent(objects, "", "    ", true));
    }
}
