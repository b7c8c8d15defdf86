package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker context ls|show|inspect|use} for the one context the tutor's client has, {@code default} (the engine
 * the session talks to), with docker/cli's context formatter and texts. Making other contexts is not simulated.
 */
final class ContextCommands {
    static final String DEFAULT = "default";
    private static final String DESCRIPTION = "Current DOCKER_HOST based configuration";
    private static final String HOST = "unix:///var/run/docker.sock";
    private static final String TABLE = "table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}";
    private static final Map<String, String> HEADERS = Map.of("Name", "NAME", "Description", "DESCRIPTION",
            "DockerEndpoint", "DOCKER ENDPOINT", "Error", "ERROR", "Current", "");

    private ContextCommands() {
    }

    static void register(DockerCli cli) {
        cli.register("context ls", ContextCommands::list);
        cli.register("context show", (cmd, ctx) -> {
            ctx.out().println(DEFAULT);
            return 0;
        });
        cli.register("context inspect", ContextCommands::inspect);
        cli.register("context use", ContextCommands::use);
    }

    private static int list(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        String format = cmd.string("format", "");
        String chosen = cmd.bool("quiet") ? "{{.Name}}" : format.isEmpty() || format.equals("table") ? TABLE
                : format.equals("json") ? "{{json .}}" : format;
        Object row = TemplateStruct.builder("*formatter.clientContextContext").field("Name", DEFAULT)
                .field("Current", true).field("Description", DESCRIPTION).field("DockerEndpoint", HOST).field("Error", "")
                .build();
        Printing.rows(ctx, chosen, HEADERS, List.of(row));
        return 0;
    }

    private static int inspect(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        List<String> names = cmd.args().isEmpty() ? List.of(DEFAULT) : cmd.args();
        List<Object> found = new ArrayList<>();
        for (String name : names) {
            if (!name.equals(DEFAULT)) {
                ctx.out().println("[]");
                ctx.err().println(notFound(ctx, name));
                return 1;
            }
            found.add(json());
        }
        String format = cmd.string("format", "");
        if (format.isEmpty()) {
            Printing.json(ctx, found);
            return 0;
        }
        return Printing.inspect(ctx, format, found) ? 0 : 1;
    }

    private static int use(ParsedCommand cmd, CliContext ctx) {
        String name = cmd.args().get(0);
        if (!name.equals(DEFAULT)) {
            ctx.err().println(notFound(ctx, name));
            return 1;
        }
        ctx.out().println(name);
        ctx.err().println("Current context is now \"" + name + "\"");
        return 0;
    }

    /** The context store's answer for a name it has no metadata for (its directory is the name's SHA-256). */
    private static String notFound(CliContext ctx, String name) {
        String home = ctx.clientEnv().getOrDefault("HOME", "/root");
        String config = ctx.clientEnv().getOrDefault("DOCKER_CONFIG", home + "/.docker");
        String digest;
        try {
            digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        return "context \"" + name + "\": context not found: open " + config + "/contexts/meta/" + digest
                + "/meta.json: no such file or directory";
    }

    /** {@code docker context inspect}'s document: structs, so their fields keep docker's order. */
    private static Object json() {
        Object docker = TemplateStruct.builder("context.EndpointMeta").field("Host", HOST).field("SkipTLSVerify", false).build();
        Object storage = TemplateStruct.builder("store.StorageInfo").field("MetadataPath", "<IN MEMORY>")
                .field("TLSPath", "<IN MEMORY>").build();
        return TemplateStruct.builder("inspect.Context").field("Name", DEFAULT).field("Metadata", Map.of())
                .field("Endpoints", Map.of("docker", docker)).field("TLSMaterial", Map.of()).field("Storage", storage).build();
    }
}
