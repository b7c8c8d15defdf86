package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker context ls|show|inspect|create|update|use|rm} over the session's {@link ClientContexts}, with docker/cli's
 * formatter, texts and streams (names on stdout, {@code Successfully created} and {@code Current context is now} on
 * stderr). The engine the tutor talks to does not change with the current context; a tutor line says so at a terminal.
 */
final class ContextCommands {
    private static final String TABLE = "table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}";
    private static final Map<String, String> HEADERS = Map.of("Name", "NAME", "Description", "DESCRIPTION",
            "DockerEndpoint", "DOCKER ENDPOINT", "Error", "ERROR", "Current", "");
    private final ClientContexts contexts = new ClientContexts();

    private ContextCommands() {
    }

    static void register(DockerCli cli) {
        ContextCommands c = new ContextCommands();
        cli.register("context ls", c::list);
        cli.register("context show", (cmd, ctx) -> {
            ctx.out().println(c.contexts.current());
            return 0;
        });
        cli.register("context inspect", c::inspect);
        cli.register("context use", c::use);
        cli.register("context create", c::create);
        cli.register("context rm", c::remove);
        cli.register("context update", c::update);
    }

    private int list(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        String format = cmd.string("format", "");
        String chosen = cmd.bool("quiet") ? "{{.Name}}" : format.isEmpty() || format.equals("table") ? TABLE
                : format.equals("json") ? "{{json .}}" : format;
        List<Object> rows = new ArrayList<>();
        for (ClientContexts.Context c : contexts.all()) {
            rows.add(TemplateStruct.builder("*formatter.clientContextContext").field("Name", c.name())
                    .field("Current", c.name().equals(contexts.current())).field("Description", c.description())
                    .field("DockerEndpoint", c.host()).field("Error", "").build());
        }
        Printing.rows(ctx, chosen, HEADERS, rows);
        return 0;
    }

    private int inspect(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        List<String> names = cmd.args().isEmpty() ? List.of(contexts.current()) : cmd.args();
        List<Object> found = new ArrayList<>();
        for (String name : names) {
            var c = contexts.find(name);
            if (c.isEmpty()) {
                ctx.out().println("[]");
                ctx.err().println(notFound(ctx, name));
                return 1;
            }
            found.add(json(ctx, c.get()));
        }
        String format = cmd.string("format", "");
        if (format.isEmpty()) {
            Printing.json(ctx, found);
            return 0;
        }
        return inspectTyped(ctx, format, found);
    }

    /** docker/cli's inspector without a raw answer to fall back on (contexts have none): the typed error is final. */
    private static int inspectTyped(CliContext ctx, String format, List<Object> found) throws TemplateException {
        io.dockertutor.gotext.GoTemplate template;
        try {
            template = io.dockertutor.gotext.GoTemplate.parse(format);
        } catch (TemplateException e) {
            // inspect.Inspect answers a template that does not parse with a StatusError of code 64
            ctx.err().println(io.dockertutor.gotext.DockerFormat.ERROR_PREFIX + e.getMessage());
            return 64;
        }
        StringBuilder out = new StringBuilder();
        List<String> errors = new ArrayList<>();
        for (Object o : found) {
            try {
                out.append(template.execute(o)).append('\n');
            } catch (TemplateException e) {
                errors.add(io.dockertutor.gotext.DockerFormat.ERROR_PREFIX + e.getMessage());
            }
        }
        ctx.out().print(out.length() == 0 ? "\n" : out);
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    private int use(ParsedCommand cmd, CliContext ctx) {
        String name = cmd.args().get(0);
        try {
            contexts.use(name, notFound(ctx, name));
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        ctx.out().println(name);
        ctx.err().println("Current context is now \"" + name + "\"");
        if (!name.equals(ClientContexts.DEFAULT) && ctx.clientEnv().containsKey("DOCKER_HOST")) {
            ctx.err().println("Warning: DOCKER_HOST environment variable overrides the active context. To use \"" + name
                    + "\", either set the global --context flag, or unset DOCKER_HOST environment variable.");
        }
        if (!name.equals(ClientContexts.DEFAULT) && ctx.terminal()) {
            ctx.err().println(DockerCli.message(ctx, "context.sameEngine", name, ctx.engine().describe()));
        }
        return 0;
    }

    /** {@code --docker host=...,skip-tls-verify=...} as a map, or null without the flag. */
    private static Map<String, String> dockerEndpoint(ParsedCommand cmd) {
        if (!cmd.has("docker")) {
            return null;
        }
        Map<String, String> docker = new LinkedHashMap<>();
        for (String value : cmd.list("docker")) {
            for (String pair : value.split(",")) {
                int eq = pair.indexOf('=');
                docker.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return docker;
    }

    private int update(ParsedCommand cmd, CliContext ctx) {
        String name = cmd.args().get(0);
        try {
            contexts.update(name, cmd.string("description", ""), dockerEndpoint(cmd), notFound(ctx, name));
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        ctx.out().println(name);
        ctx.err().println("Successfully updated context \"" + name + "\"");
        return 0;
    }

    private int create(ParsedCommand cmd, CliContext ctx) {
        String name = cmd.args().get(0);
        try {
            contexts.create(name, cmd.string("description", ""), cmd.string("from", ""), dockerEndpoint(cmd));
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        ctx.out().println(name);
        ctx.err().println("Successfully created context \"" + name + "\"");
        return 0;
    }

    /** docker/cli's {@code RunRemove}: each name in turn, the names removed on stdout, the errors together after. */
    private int remove(ParsedCommand cmd, CliContext ctx) {
        List<String> errors = new ArrayList<>();
        for (String name : cmd.args()) {
            try {
                contexts.remove(name, cmd.bool("force"));
                ctx.out().println(name);
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    /** The context store's directory name for a context: the SHA-256 of its name. */
    private static String digest(String name) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The context store's answer for a name it has no metadata for. */
    private static String notFound(CliContext ctx, String name) {
        return "context \"" + name + "\": context not found: open " + ctx.configDir() + "/contexts/meta/" + digest(name)
                + "/meta.json: no such file or directory";
    }

    /**
     * {@code docker context inspect}'s {@code contextWithTLSListing}: it embeds {@code store.Metadata}, so
     * {@code .Metadata} is that struct and the description is {@code .Metadata.Metadata.Description}; the JSON is flat.
     */
    private static Object json(CliContext ctx, ClientContexts.Context c) {
        boolean isDefault = c.name().equals(ClientContexts.DEFAULT);
        Object endpoint = TemplateStruct.builder("docker.EndpointMeta").field("Host", c.host())
                .field("SkipTLSVerify", c.skipTlsVerify()).build();
        Map<String, Object> endpoints = Map.of("docker", endpoint);
        String description = isDefault ? "" : c.description();
        Object docker = TemplateStruct.builder("command.DockerContext").field("Description", description)
                .field("AdditionalFields", Map.of()).json(() -> description.isEmpty() ? Map.of() : Map.of("Description", description)).build();
        Object metadata = TemplateStruct.builder("store.Metadata").field("Name", c.name()).field("Metadata", docker, "interface {}")
                .field("Endpoints", endpoints).build();
        String dir = ctx.configDir() + "/contexts/";
        Object storage = TemplateStruct.builder("store.StorageInfo")
                .field("MetadataPath", isDefault ? "<IN MEMORY>" : dir + "meta/" + digest(c.name()))
                .field("TLSPath", isDefault ? "<IN MEMORY>" : dir + "tls/" + digest(c.name())).build();
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("Name", c.name());
        flat.put("Metadata", docker);
        flat.put("Endpoints", endpoints);
        flat.put("TLSMaterial", Map.of());
        flat.put("Storage", storage);
        return TemplateStruct.builder("context.contextWithTLSListing").field("Metadata", metadata).field("Name", c.name())
                .field("Endpoints", endpoints).field("TLSMaterial", Map.of()).field("Storage", storage).json(() -> flat).build();
    }
}
