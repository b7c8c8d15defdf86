package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.VolumeInfo;
import io.dockertutor.engine.sim.filter.FilterArgs;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The volume filters of the daemon (moby volume/service). {@code docker volume ls -f}: dangling (no container
 * mounts it), name (exact or a regular expression), label, driver. {@code docker volume prune --filter}: label,
 * label!, and all (named volumes too, not only anonymous ones).
 */
final class VolumeFilters implements Predicate<VolumeInfo> {
    private static final Set<String> LIST_KEYS = Set.of("dangling", "name", "label", "driver");
    private static final Set<String> PRUNE_KEYS = Set.of("label", "label!", "all");

    private final FilterArgs args;
    private final Predicate<String> inUse;
    private final Boolean dangling;

    private VolumeFilters(FilterArgs args, Predicate<String> inUse) {
        this.args = args;
        this.inUse = inUse;
        this.dangling = args.contains("dangling") ? args.bool("dangling", false) : null;
    }

    static VolumeFilters forList(Filters filters, Predicate<String> inUse) {
        return new VolumeFilters(FilterArgs.validated(filters, LIST_KEYS), inUse);
    }

    static VolumeFilters forPrune(Filters filters) {
        return new VolumeFilters(FilterArgs.validated(filters, PRUNE_KEYS), name -> false);
    }

    /** The {@code all} filter of a prune, read as Go's strconv.ParseBool does; absent is false. */
    boolean all() {
        List<String> all = args.get("all");
        if (all.isEmpty()) {
            return false;
        }
        if (all.size() > 1) {
            throw EngineException.badRequest("invalid filter 'all=[" + String.join(" ", all) + "]': only one value is expected");
        }
        return switch (all.get(0)) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw EngineException.badRequest("invalid filter 'all': strconv.ParseBool: parsing \"" + all.get(0)
                    + "\": invalid syntax");
        };
    }

    @Override
    public boolean test(VolumeInfo v) {
        if (dangling != null && inUse.test(v.name()) == dangling) {
            return false;
        }
        return args.match("name", v.name()) && args.exactMatch("driver", v.driver()) && args.matchLabels(v.labels());
    }
}
