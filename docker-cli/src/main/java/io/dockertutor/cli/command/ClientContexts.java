package io.dockertutor.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The learner's docker contexts ({@code docker context create/use/rm}): kept in the tutor's session, never in the
 * host's {@code ~/.docker}, on both engines. Which one is current changes what {@code context ls} and {@code context
 * show} say, not which engine the tutor talks to: that stays the engine the session started with. Errors are
 * docker/cli's own texts, thrown as {@link IllegalArgumentException}.
 */
final class ClientContexts {
    static final String DEFAULT = "default";
    static final String DEFAULT_DESCRIPTION = "Current DOCKER_HOST based configuration";
    static final String DEFAULT_HOST = "unix:///var/run/docker.sock";
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$");
    private static final List<String> ENDPOINT_KEYS = List.of("from", "host", "ca", "cert", "key", "skip-tls-verify");

    /** One context: its docker endpoint and description ({@code default} is made up, as docker/cli's is). */
    record Context(String name, String description, String host, boolean skipTlsVerify) {
    }

    private final Map<String, Context> created = new TreeMap<>();
    private String current = DEFAULT;

    String current() {
        return current;
    }

    Optional<Context> find(String name) {
        return name.equals(DEFAULT) ? Optional.of(new Context(DEFAULT, DEFAULT_DESCRIPTION, DEFAULT_HOST, false))
                : Optional.ofNullable(created.get(name));
    }

    /** Every context, {@code default} included, in name order. */
    List<Context> all() {
        List<Context> out = new ArrayList<>(created.values());
        out.add(find(DEFAULT).orElseThrow());
        out.sort(java.util.Comparator.comparing(Context::name));
        return out;
    }

    /** docker/cli's {@code RunCreate}: the name, then {@code --from}, {@code --docker} or a copy of the current context. */
    void create(String name, String description, String from, Map<String, String> docker) {
        validateName(name);
        if (created.containsKey(name)) {
            throw new IllegalArgumentException("context \"" + name + "\" already exists");
        }
        Context made;
        if (!from.isEmpty() || docker == null) {
            if (docker != null && !docker.isEmpty()) {
                throw new IllegalArgumentException("cannot use --docker flag when --from is set");
            }
            Context source = existing(from.isEmpty() ? current : from);
            made = new Context(name, description.isEmpty() ? source.description() : description, source.host(), source.skipTlsVerify());
        } else {
            made = new Context(name, description, endpointHost(docker), Boolean.parseBoolean(docker.getOrDefault("skip-tls-verify", "false")));
        }
        created.put(name, made);
    }

    private String endpointHost(Map<String, String> docker) {
        List<String> unknown = docker.keySet().stream().filter(k -> !ENDPOINT_KEYS.contains(k)).map(k -> "unrecognized config key: " + k).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unable to create docker endpoint config: " + String.join("\n", unknown));
        }
        String skip = docker.get("skip-tls-verify");
        if (skip != null && !skip.matches("1|t|T|TRUE|true|True|0|f|F|FALSE|false|False")) {
            throw new IllegalArgumentException("unable to create docker endpoint config: skip-tls-verify: parsing \"" + skip + "\": invalid syntax");
        }
        return docker.containsKey("from") ? existing(docker.get("from")).host() : docker.getOrDefault("host", "");
    }

    /**
     * docker/cli's {@code runUpdate}: a new description when one is given, a new docker endpoint when {@code --docker}
     * is; {@code notFound} is the store's answer for a name it has no metadata for.
     */
    void update(String name, String description, Map<String, String> docker, String notFound) {
        validateName(name);
        Context old = created.get(name);
        if (old == null) {
            throw new IllegalArgumentException(notFound);
        }
        String host = docker == null ? old.host() : endpointHost(docker);
        boolean skip = docker == null ? old.skipTlsVerify() : Boolean.parseBoolean(docker.getOrDefault("skip-tls-verify", "false"));
        created.put(name, new Context(name, description.isEmpty() ? old.description() : description, host, skip));
    }

    /** docker/cli's {@code RunUse}: the name must be valid and known; {@code default} always is. */
    void use(String name, String notFound) {
        if (!name.equals(DEFAULT)) {
            validateName(name);
            if (!created.containsKey(name)) {
                throw new IllegalArgumentException(notFound);
            }
        }
        current = name;
    }

    /** One name of {@code context rm}: the current one only with {@code -f} (which goes back to {@code default}). */
    void remove(String name, boolean force) {
        if (name.equals(DEFAULT)) {
            throw new IllegalArgumentException("context \"default\" cannot be removed");
        }
        if (name.equals(current)) {
            if (!force) {
                throw new IllegalArgumentException("context \"" + name + "\" is in use, set -f flag to force remove");
            }
            current = DEFAULT;
        }
        if (created.remove(name) == null && !force) {
            throw new IllegalArgumentException("context \"" + name + "\" does not exist");
        }
    }

    private Context existing(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("context \"" + name + "\": context not found"));
    }

    private static void validateName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("context name cannot be empty");
        }
        if (name.equals(DEFAULT)) {
            throw new IllegalArgumentException("\"default\" is a reserved context name");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("context name \"" + name + "\" is invalid, names are validated against regexp \"" + NAME.pattern() + "\"");
        }
    }
}
