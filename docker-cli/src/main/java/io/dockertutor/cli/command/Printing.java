package io.dockertutor.cli.command;

import io.dockertutor.gotext.DockerFormat;
import io.dockertutor.gotext.GoJson;
import io.dockertutor.gotext.TemplateException;
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
    static Object typedView(Map<?, ?> json) {
        if (json.containsKey("State") && json.containsKey("HostConfig")) {
            return InspectTypes.SCHEMA.decode("container.InspectResponse", json);
        }
        var b = io.dockertutor.gotext.TemplateStruct.builder("types.InspectResponse");
        boolean image = json.containsKey("RootFS");
        json.forEach((k, v) -> b.field(String.valueOf(k),
                image && k.equals("Config") && v instanceof Map<?, ?> m ? imageConfig((Map<String, Object>) m) : v));
        return b.json(() -> json).build();
    }

    /**
     * An image's Config as the Go struct the CLI decodes it into: every field exists even where the JSON left it
     * out, so {@code {{.Config.Cmd}}} prints {@code []} and {@code {{.Config.ExposedPorts}}} prints
     * {@code map[8080/tcp:{}]}, as the real client prints them.
     */
    private static io.dockertutor.gotext.TemplateStruct imageConfig(Map<String, Object> json) {
        var b = io.dockertutor.gotext.TemplateStruct.builder("*v1.ImageConfig");
        b.field("User", json.getOrDefault("User", ""));
        b.field("ExposedPorts", emptyStructs(json.get("ExposedPorts")));
        b.field("Env", json.getOrDefault("Env", io.dockertutor.gotext.TypedNil.slice("[]string")));
        b.field("Entrypoint", json.getOrDefault("Entrypoint", io.dockertutor.gotext.TypedNil.slice("[]string")));
        b.field("Cmd", json.getOrDefault("Cmd", io.dockertutor.gotext.TypedNil.slice("[]string")));
        b.field("Volumes", emptyStructs(json.get("Volumes")));
        b.field("WorkingDir", json.getOrDefault("WorkingDir", ""));
        b.field("Labels", json.getOrDefault("Labels", io.dockertutor.gotext.TypedNil.map("map[string]string")));
        b.field("StopSignal", json.getOrDefault("StopSignal", ""));
        b.field("OnBuild", json.getOrDefault("OnBuild", io.dockertutor.gotext.TypedNil.slice("[]string")));
        b.field("Shell", json.getOrDefault("Shell", io.dockertutor.gotext.TypedNil.slice("[]string")));
        b.field("Healthcheck", json.getOrDefault("Healthcheck", io.dockertutor.gotext.TypedNil.pointer("*v1.HealthcheckConfig")));
        return b.json(() -> json).build();
    }

    /** {@code map[string]struct{}}: each value prints as Go's empty struct, {@code {}}. */
    private static Object emptyStructs(Object json) {
        if (!(json instanceof Map<?, ?> m)) {
            return io.dockertutor.gotext.TypedNil.map("map[string]struct {}");
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        m.keySet().forEach(k -> out.put(String.valueOf(k), io.dockertutor.gotext.TemplateStruct.builder("struct {}").build()));
        return out;
    }

    /** The indented JSON array {@code docker inspect} prints without {@code -f}. */
    static void json(CliContext ctx, List<?> objects) {
        ctx.out().println(GoJson.marshalIndentInStructOrder(objects, "", "    "));
    }
}
