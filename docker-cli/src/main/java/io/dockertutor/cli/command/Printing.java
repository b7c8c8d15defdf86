package io.dockertutor.cli.command;

import io.dockertutor.gotext.DockerFormat;
import io.dockertutor.gotext.GoJson;
import io.dockertutor.gotext.TemplateException;
import java.util.ArrayList;
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

    /** {@code docker inspect -f} on values that are already typed (or raw maps): per-object errors go to stderr. */
    static boolean inspect(CliContext ctx, String format, List<?> objects) throws TemplateException {
        return print(ctx, DockerFormat.inspect(format, objects));
    }

    /**
     * {@code docker inspect -f} on daemon answers of one kind each ({@code container}, {@code image}, {@code volume},
     * {@code network}): the template runs on the Go struct the CLI decodes the answer into, then, where the CLI has
     * the raw JSON ({@code rawFallback}), on the JSON map. Returns false on errors.
     */
    static boolean inspect(CliContext ctx, String format, List<Map<String, Object>> objects, List<String> kinds,
                           boolean rawFallback) throws TemplateException {
        List<Object> typed = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            typed.add(InspectTypes.SCHEMA.decode(InspectTypes.goType(kinds.get(i)), objects.get(i)));
        }
        return print(ctx, DockerFormat.inspect(format, typed, rawFallback));
    }

    private static boolean print(CliContext ctx, DockerFormat.InspectOutput result) {
        ctx.out().print(result.stdout());
        result.errors().forEach(ctx.err()::println);
        return result.errors().isEmpty();
    }

    /** The indented JSON array {@code docker inspect} prints without {@code -f}. */
    static void json(CliContext ctx, List<?> objects) {
        ctx.out().println(GoJson.marshalIndentInStructOrder(objects, "", "    "));
    }
}
