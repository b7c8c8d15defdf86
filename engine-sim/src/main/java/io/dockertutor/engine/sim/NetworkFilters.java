package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.sim.filter.FilterArgs;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The network filters of the daemon (moby daemon/network/filter.go and daemon/prune.go). {@code docker network ls
 * -f}: driver (exact), id and name (exact or a regular expression), label, scope, type ({@code builtin} or
 * {@code custom}), dangling (no container and not predefined). {@code docker network prune --filter}: until, label,
 * label!.
 */
final class NetworkFilters {
    private static final Set<String> LIST_KEYS = Set.of("dangling", "driver", "id", "label", "name", "scope", "type");
    private static final Set<String> PRUNE_KEYS = Set.of("until", "label", "label!");

    private NetworkFilters() {
    }

    static Predicate<NetworkInfo> forList(Filters filters) {
        FilterArgs args = FilterArgs.validated(filters, LIST_KEYS);
        Predicate<NetworkInfo> p = n -> args.exactMatch("driver", n.driver()) && args.match("name", n.name())
                && args.match("id", n.id()) && args.matchKeyValues("label", n.labels()) && args.exactMatch("scope", n.scope());
        List<String> dangling = args.get("dangling");
        if (!dangling.isEmpty()) {
            if (dangling.size() > 1) {
                throw EngineException.badRequest("got more than one value for filter key \"dangling\"");
            }
            boolean only = switch (dangling.get(0)) {
                case "1", "true" -> true;
                case "0", "false" -> false;
                default -> throw EngineException.badRequest(
                        "invalid value for filter 'dangling', must be \"true\" (or \"1\"), or \"false\" (or \"0\")");
            };
            p = p.and(n -> only == (!predefined(n.name()) && n.containers().isEmpty()));
        }
        for (String type : args.get("type")) {
            if (!type.equals("builtin") && !type.equals("custom")) {
                // moby returns this one untyped, so the API answers 500.
                throw EngineException.serverError("invalid filter: 'type'='" + type + "'");
            }
        }
        List<String> types = args.get("type");
        return p.and(n -> types.isEmpty() || types.contains(predefined(n.name()) ? "builtin" : "custom"));
    }

    /** {@code docker network prune --filter}: created up to {@code until}, with the labels asked for. */
    static Predicate<NetworkStore.Net> forPrune(Filters filters, Instant now) {
        FilterArgs args = FilterArgs.validated(filters, PRUNE_KEYS);
        Instant until = args.until(now).orElse(null);
        return n -> (until == null || !n.created.isAfter(until)) && args.matchLabels(n.labels);
    }

    private static boolean predefined(String name) {
        return name.equals("bridge") || name.equals("host") || name.equals("none");
    }
}
