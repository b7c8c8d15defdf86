package io.dockertutor.cli.command;

import io.dockertutor.gotext.DockerFormat;
import io.dockertutor.gotext.GoTemplate;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code docker inspect} and the per-kind {@code container|image|volume|network inspect}: a JSON array of the
 * objects found, or with {@code -f} the template run on each. Names not found are reported after the output
 * and make the status 1: {@code docker inspect} tries each kind in docker's order (container, image, network,
 * volume) and says {@code Error: No such object}; a per-kind command, and {@code docker inspect --type KIND},
 * print the daemon's own error ({@code Error response from daemon: No such image: nosuch:latest}).
 */
final class InspectCommand implements DockerCommand {
    /** {@code allTypes} of docker/cli's system inspect. */
    private static final List<String> ALL_TYPES = List.of("config", "container", "image", "network", "node", "plugin",
            "secret", "service", "task", "volume");
    /** Looks one name up as one kind of object; NOT_FOUND engine errors mean "not this kind". */
    @FunctionalInterface
    interface Lookup {
        Map<String, Object> find(CliContext ctx, ParsedCommand cmd, String name);
    }

    private static final BiFunction<String, EngineException, String> DAEMON_ERROR =
            (name, e) -> "Error response from daemon: " + e.getMessage();

    private final Map<String, Lookup> lookups;
    private final BiFunction<String, EngineException, String> missing;

    private InspectCommand(Map<String, Lookup> lookups, BiFunction<String, EngineException, String> missing) {
        this.lookups = lookups;
        this.missing = missing;
    }

    static Lookup containerLookup() {
        return (ctx, cmd, name) -> ContainerJson.of(ctx.engine().inspectContainer(name, cmd.bool("size")), cmd.bool("size"));
    }

    static Lookup imageLookup() {
        return (ctx, cmd, name) -> InspectJson.image(ctx.engine().inspectImage(name));
    }

    static Lookup volumeLookup() {
        return (ctx, cmd, name) -> VolumeCommands.json(ctx.engine().inspectVolume(name));
    }

    static Lookup networkLookup() {
        return (ctx, cmd, name) -> NetworkCommands.json(ctx.engine().inspectNetwork(name));
    }

    static InspectCommand images() {
        return of("image", imageLookup());
    }

    static InspectCommand of(String kind, Lookup lookup) {
        return new InspectCommand(Map.of(kind, lookup), DAEMON_ERROR);
    }

    static InspectCommand any() {
        Map<String, Lookup> all = new LinkedHashMap<>();
        all.put("container", containerLookup());
        all.put("image", imageLookup());
        all.put("network", networkLookup());
        all.put("volume", volumeLookup());
        return new InspectCommand(all, (name, e) -> "Error: No such object: " + name);
    }

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        String format = cmd.string("format", "");
        if (!format.isEmpty() && !format.equals("json")) {
            try {
                GoTemplate.parse(format);
            } catch (TemplateException e) {
                // inspect.Inspect parses before it looks anything up, and answers a StatusError with code 64.
                ctx.err().println(DockerFormat.ERROR_PREFIX + e.getMessage());
                return 64;
            }
        }
        Map<String, Lookup> kinds = lookups;
        String type = cmd.string("type", "");
        if (!type.isEmpty()) {
            if (!ALL_TYPES.contains(type)) {
                ctx.err().println("unknown type: " + GoQuoting.quote(type) + ": must be one of \""
                        + String.join("\", \"", ALL_TYPES) + "\"");
                return 1;
            }
            if (!lookups.containsKey(type)) {
                ctx.err().println("\"" + type + "\" is not a valid value for --type");
                return 1;
            }
            kinds = Map.of(type, lookups.get(type));
        }
        List<Map<String, Object>> found = new ArrayList<>();
        List<String> foundKinds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : cmd.args()) {
            Map<String, Object> obj = null;
            EngineException last = null;
            for (Map.Entry<String, Lookup> lookup : kinds.entrySet()) {
                try {
                    obj = lookup.getValue().find(ctx, cmd, name);
                    foundKinds.add(lookup.getKey());
                    break;
                } catch (EngineException e) {
                    if (e.kind() != EngineException.Kind.NOT_FOUND) {
                        throw e;
                    }
                    last = e;
                } catch (UnsupportedOperationException e) {
                    last = EngineException.notFound("No such object: " + name);
                }
            }
            if (obj == null) {
                // With --type, docker inspect asks that kind's endpoint alone and prints the daemon's own error.
                errors.add(kinds != lookups ? DAEMON_ERROR.apply(name, last) : missing.apply(name, last));
            } else {
                found.add(obj);
            }
        }
        boolean ok = true;
        if (format.isEmpty() || format.equals("json")) {
            Printing.json(ctx, found);
        } else {
            // docker volume inspect alone asks VolumeInspect, which gives the CLI no raw JSON to fall back on.
            boolean rawFallback = !lookups.keySet().equals(java.util.Set.of("volume"));
            ok = Printing.inspect(ctx, format, found, foundKinds, rawFallback);
        }
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() && ok ? 0 : 1;
    }
}
