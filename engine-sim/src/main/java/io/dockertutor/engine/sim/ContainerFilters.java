package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.PortBinding;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The filters of {@code GET /containers/json} ({@code docker ps -f}): id and name (partial, name as a regular
 * expression), label, exited, status, ancestor, before, since, volume, network, publish, expose, health.
 */
final class ContainerFilters {
    private static final Set<String> KEYS = Set.of("id", "name", "label", "exited", "status", "ancestor", "before",
            "since", "volume", "network", "publish", "expose", "health", "is-task");
    private static final Set<String> STATUSES = Set.of("created", "restarting", "running", "removing", "paused", "exited", "dead");

    private ContainerFilters() {
    }

    static Predicate<SimContainer> of(Filters filters, ContainerStore containers, ImageStore images) {
        for (String key : filters.keys()) {
            if (!KEYS.contains(key)) {
                throw EngineException.badRequest("invalid filter '" + key + "'");
            }
        }
        Predicate<SimContainer> p = c -> true;
        p = p.and(anyOf(filters.get("id"), (c, v) -> c.id.startsWith(v)));
        for (String v : filters.get("name")) {
            try {
                Pattern.compile(v);
            } catch (PatternSyntaxException e) {
                throw EngineException.badRequest("error parsing regexp: " + e.getDescription() + ": `" + v + "`");
            }
        }
        p = p.and(anyOf(filters.get("name"), (c, v) -> Pattern.compile(v).matcher("/" + c.name).find()));
        for (String v : filters.get("label")) {
            int eq = v.indexOf('=');
            p = p.and(eq < 0 ? c -> c.labels.containsKey(v) : c -> v.substring(eq + 1).equals(c.labels.get(v.substring(0, eq))));
        }
        for (String v : filters.get("exited")) {
            try {
                Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw EngineException.badRequest("strconv.Atoi: parsing \"" + v + "\": invalid syntax");
            }
        }
        p = p.and(anyOf(filters.get("exited"), (c, v) -> c.status.equals("exited") && c.startedAt != null && c.exitCode == Integer.parseInt(v)));
        for (String v : filters.get("status")) {
            if (!STATUSES.contains(v)) {
                throw EngineException.badRequest("invalid filter 'status=" + v + "'");
            }
        }
        p = p.and(anyOf(filters.get("status"), (c, v) -> c.status.equals(v)));
        p = p.and(anyOf(filters.get("ancestor"), (c, v) -> ancestor(c, v, images)));
        for (String v : filters.get("before")) {
            SimContainer limit = containers.get(v);
            p = p.and(c -> c.created.isBefore(limit.created) || (c.created.equals(limit.created) && order(containers, c) < order(containers, limit)));
        }
        for (String v : filters.get("since")) {
            SimContainer limit = containers.get(v);
            p = p.and(c -> c.created.isAfter(limit.created) || (c.created.equals(limit.created) && order(containers, c) > order(containers, limit)));
        }
        p = p.and(anyOf(filters.get("volume"), (c, v) -> c.mounts.stream().anyMatch(m -> v.equals(m.name()) || v.equals(m.destination()) || v.equals(m.source()))));
        p = p.and(anyOf(filters.get("network"), (c, v) -> c.networkIps.containsKey(v)));
        p = p.and(anyOf(filters.get("publish"), (c, v) -> ports(c.ports, v)));
        p = p.and(anyOf(filters.get("expose"), (c, v) -> c.exposedPorts.contains(v.contains("/") ? v : v + "/tcp")));
        p = p.and(anyOf(filters.get("health"), (c, v) -> v.equals("none")));
        return p;
    }

    private static int order(ContainerStore containers, SimContainer c) {
        int i = 0;
        for (SimContainer x : containers.all()) {
            if (x == c) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static boolean ports(List<PortBinding> bound, String v) {
        String port = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
        String proto = v.contains("/") ? v.substring(v.indexOf('/') + 1) : "tcp";
        return bound.stream().anyMatch(p -> String.valueOf(p.hostPort()).equals(port) && p.protocol().equals(proto));
    }

    private static boolean ancestor(SimContainer c, String ref, ImageStore images) {
        return images.find(ref).map(img -> img.id().equals(c.imageId)).orElse(false) || c.imageName.equals(ref);
    }

    private interface Match {
        boolean test(SimContainer c, String value);
    }

    private static Predicate<SimContainer> anyOf(List<String> values, Match match) {
        if (values.isEmpty()) {
            return c -> true;
        }
        return c -> values.stream().anyMatch(v -> match.test(c, v));
    }
}
