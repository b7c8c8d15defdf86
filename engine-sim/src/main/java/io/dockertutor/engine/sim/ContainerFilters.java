package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.sim.filter.FilterArgs;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The container filters of the daemon (moby daemon/list.go and daemon/prune.go). {@code docker ps -f}: id (a
 * unique prefix), name (exact or a regular expression, with or without the leading slash), label, exited, status
 * (which lists stopped containers too), ancestor (the image or an image built on it), before, since, volume (name,
 * bind source or destination), network (name or id prefix), publish, expose, health, isolation, is-task.
 * {@code docker container prune --filter}: until, label, label!.
 */
final class ContainerFilters {
    private static final Set<String> LIST_KEYS = Set.of("id", "name", "label", "exited", "status", "ancestor", "before",
            "since", "volume", "network", "publish", "expose", "health", "isolation", "is-task");
    private static final Set<String> PRUNE_KEYS = Set.of("until", "label", "label!");
    private static final List<String> STATES = List.of("created", "running", "paused", "restarting", "removing", "exited", "dead");
    private static final List<String> HEALTHS = List.of("none", "starting", "healthy", "unhealthy");

    private ContainerFilters() {
    }

    /** A {@code status} filter lists stopped containers without {@code -a}, as the daemon does. */
    static boolean listsStopped(Filters filters) {
        return filters.has("status");
    }

    static Predicate<SimContainer> forList(Filters filters, ContainerStore containers, ImageStore images, NetworkStore networks) {
        FilterArgs args = FilterArgs.validated(filters, LIST_KEYS);
        Set<Integer> exited = new HashSet<>();
        for (String v : args.get("exited")) {
            try {
                exited.add(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                throw EngineException.badRequest("invalid filter 'exited=" + v + "': strconv.Atoi: parsing \"" + v + "\": invalid syntax");
            }
        }
        for (String v : args.get("status")) {
            if (!STATES.contains(v)) {
                throw EngineException.badRequest("invalid filter 'status=" + v + "': invalid value for state (" + v
                        + "): must be one of " + String.join(", ", STATES));
            }
        }
        boolean isTask = args.bool("is-task", false);
        for (String v : args.get("health")) {
            if (!HEALTHS.contains(v)) {
                throw EngineException.badRequest("invalid filter 'health=" + v + "': invalid value for health (" + v
                        + "): must be one of " + String.join(", ", HEALTHS));
            }
        }
        List<SimContainer> before = args.get("before").stream().map(containers::get).toList();
        List<SimContainer> since = args.get("since").stream().map(containers::get).toList();
        Set<String> ancestors = new HashSet<>();
        args.get("ancestor").forEach(ref -> images.find(ref).ifPresent(img -> ancestors.addAll(images.selfAndDescendants(img.id()))));
        Set<String> publish = ContainerPorts.of("publish", args.get("publish"));
        Set<String> expose = ContainerPorts.of("expose", args.get("expose"));
        Set<String> ids = uniquePrefixes(args.get("id"), containers);

        Predicate<SimContainer> p = c -> args.match("name", c.name) || args.match("name", "/" + c.name);
        p = p.and(c -> !args.contains("id") || (ids.contains(c.id) && args.match("id", c.id)));
        p = p.and(c -> !args.contains("is-task") || !isTask);
        p = p.and(c -> args.matchKeyValues("label", c.labels));
        p = p.and(c -> exited.isEmpty() || (!c.running() && c.startedAt != null && exited.contains(c.exitCode)));
        p = p.and(c -> args.match("status", c.status));
        p = p.and(c -> args.exactMatch("health", "none"));
        p = p.and(c -> before.stream().allMatch(limit -> older(containers, c, limit)));
        p = p.and(c -> since.stream().allMatch(limit -> older(containers, limit, c)));
        p = p.and(c -> !args.contains("volume") || args.get("volume").stream().anyMatch(v -> c.mounts.stream()
                .anyMatch(m -> v.equals(m.destination()) || v.equals(m.name() == null || m.name().isEmpty() ? m.source() : m.name()))));
        p = p.and(c -> !args.contains("ancestor") || ancestors.contains(c.imageId));
        p = p.and(c -> !args.contains("network") || args.get("network").stream().anyMatch(v -> c.networkIps.keySet().stream()
                .anyMatch(n -> n.equals(v) || networks.find(n).map(net -> net.id.startsWith(v)).orElse(false))));
        p = p.and(c -> (publish.isEmpty() && expose.isEmpty()) || ContainerViews.ports(c).stream().anyMatch(b -> published(b, publish)
                || expose.contains(b.containerPort() + "/" + b.protocol())));
        return p;
    }

    /** {@code docker container prune --filter}: created up to {@code until}, with the labels asked for. */
    static Predicate<SimContainer> forPrune(Filters filters, Instant now) {
        FilterArgs args = FilterArgs.validated(filters, PRUNE_KEYS);
        Instant until = args.until(now).orElse(null);
        return c -> (until == null || !c.created.isAfter(until)) && args.matchLabels(c.labels);
    }

    private static boolean published(PortBinding b, Set<String> publish) {
        return b.hostPort() > 0 && publish.contains(b.hostPort() + "/" + b.protocol());
    }

    /** Each id value names the one container whose id starts with it; a prefix of several names none. */
    private static Set<String> uniquePrefixes(List<String> values, ContainerStore containers) {
        Set<String> ids = new HashSet<>();
        for (String v : values) {
            List<SimContainer> found = containers.all().stream().filter(c -> c.id.startsWith(v)).limit(2).toList();
            if (found.size() == 1) {
                ids.add(found.get(0).id);
            }
        }
        return ids;
    }

    /** Whether {@code a} was created before {@code b}, by time and then by creation order. */
    private static boolean older(ContainerStore containers, SimContainer a, SimContainer b) {
        if (!a.created.equals(b.created)) {
            return a.created.isBefore(b.created);
        }
        return order(containers, a) < order(containers, b);
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
}
