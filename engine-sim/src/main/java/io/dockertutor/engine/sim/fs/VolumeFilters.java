package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.VolumeInfo;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters of {@code docker volume ls} ({@code dangling}, {@code name}, {@code label}, {@code driver}) and of
 * {@code docker volume prune} ({@code label}, {@code label!}): values of one key are alternatives, keys must all
 * match, as the daemon's filter args work.
 */
final class VolumeFilters implements Predicate<VolumeInfo> {
    private static final Set<String> LIST_KEYS = Set.of("dangling", "name", "label", "driver");
    private static final Set<String> PRUNE_KEYS = Set.of("label", "label!", "all");

    private final Filters filters;
    private final Predicate<String> inUse;

    VolumeFilters(Filters filters, Predicate<String> inUse) {
        this.filters = check(filters, LIST_KEYS);
        this.inUse = inUse;
    }

    static VolumeFilters forPrune(Filters filters) {
        return new VolumeFilters(check(filters, PRUNE_KEYS), name -> false, true);
    }

    private VolumeFilters(Filters filters, Predicate<String> inUse, boolean checked) {
        this.filters = filters;
        this.inUse = inUse;
    }

    private static Filters check(Filters filters, Set<String> keys) {
        for (String key : filters.keys()) {
            if (!keys.contains(key)) {
                throw EngineException.badRequest("invalid filter '" + key + "'");
            }
        }
        return filters;
    }

    @Override
    public boolean test(VolumeInfo v) {
        List<String> dangling = filters.get("dangling");
        if (!dangling.isEmpty()) {
            boolean wanted = dangling.stream().anyMatch(d -> d.equalsIgnoreCase("true") || d.equals("1"));
            if (inUse.test(v.name()) == wanted) {
                return false;
            }
        }
        if (!anyOrEmpty(filters.get("name"), n -> v.name().contains(n))) {
            return false;
        }
        if (!anyOrEmpty(filters.get("driver"), d -> d.equals(v.driver()))) {
            return false;
        }
        if (!filters.get("label").stream().allMatch(l -> hasLabel(v, l))) {
            return false;
        }
        return filters.get("label!").stream().noneMatch(l -> hasLabel(v, l));
    }

    private static boolean anyOrEmpty(List<String> values, Predicate<String> test) {
        return values.isEmpty() || values.stream().anyMatch(test);
    }

    private static boolean hasLabel(VolumeInfo v, String filter) {
        int eq = filter.indexOf('=');
        if (eq < 0) {
            return v.labels().containsKey(filter);
        }
        return filter.substring(eq + 1).equals(v.labels().get(filter.substring(0, eq)));
    }
}
