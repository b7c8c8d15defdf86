package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.sim.filter.FilterArgs;
import io.dockertutor.engine.sim.filter.GoTimestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The image filters of the daemon (moby daemon/images/image_list.go and image_prune.go). {@code docker images -f}:
 * dangling, label, before, since, until, reference (which also narrows the names listed). {@code docker image prune
 * --filter}: dangling, until, label, label!.
 */
final class ImageFilters {
    private static final Set<String> LIST_KEYS = Set.of("dangling", "reference", "before", "since", "label", "until");
    private static final Set<String> PRUNE_KEYS = Set.of("dangling", "until", "label", "label!");

    /** What a listing keeps: {@code dangling} as asked (absent: either), the image-level test and the reference patterns. */
    record Listing(Boolean dangling, Predicate<LocalImage> matches, List<String> references) {
        /** The names of {@code img} that the reference patterns keep (all when there are none). */
        List<String> names(List<String> names) {
            if (references.isEmpty()) {
                return names;
            }
            try {
                return names.stream().filter(n -> matchesReference(n, references)).toList();
            } catch (IllegalArgumentException e) {
                throw EngineException.badRequest(e.getMessage());
            }
        }
    }

    /** What a prune removes: only dangling images or all, and the image-level test. */
    record Pruning(boolean danglingOnly, Predicate<LocalImage> matches) {
    }

    private ImageFilters() {
    }

    static Listing forList(Filters filters, ImageStore store, Instant now) {
        FilterArgs args = FilterArgs.validated(filters, LIST_KEYS);
        Boolean dangling = args.contains("dangling") ? args.bool("dangling", false) : null;
        Instant before = null;
        for (String v : args.get("before")) {
            Instant created = store.get(v).created();
            before = before == null || created.isBefore(before) ? created : before;
        }
        for (String v : args.get("until")) {
            Instant t = GoTimestamp.parse(v, now);
            before = before == null || t.isBefore(before) ? t : before;
        }
        Instant since = null;
        for (String v : args.get("since")) {
            Instant created = store.get(v).created();
            since = since == null || created.isAfter(since) ? created : since;
        }
        Instant b = before;
        Instant s = since;
        Predicate<LocalImage> p = img -> (b == null || img.created().isBefore(b)) && (s == null || img.created().isAfter(s))
                && args.matchKeyValues("label", img.config().labels());
        return new Listing(dangling, p, args.get("reference"));
    }

    /** {@code all} is the API's {@code dangling=false}; without it the {@code dangling} filter decides (true by default). */
    static Pruning forPrune(Filters filters, boolean all, Instant now) {
        FilterArgs args = FilterArgs.validated(filters, PRUNE_KEYS);
        boolean danglingOnly = args.bool("dangling", true) && !all;
        Instant until = args.until(now).orElse(null);
        return new Pruning(danglingOnly, img -> (until == null || !img.created().isAfter(until))
                && args.matchLabels(img.config().labels()));
    }

    /**
     * The names of an image that a {@code reference} filter keeps, as moby's reference.FamiliarMatch decides:
     * the pattern is matched against {@code name:tag} (or {@code name@digest}) and against the bare name.
     */
    static boolean matchesReference(String familiarRef, List<String> patterns) {
        int cut = familiarRef.indexOf('@') >= 0 ? familiarRef.indexOf('@') : familiarRef.lastIndexOf(':');
        String repo = familiarRef.substring(0, cut);
        return patterns.stream().anyMatch(p -> GoPathMatch.matches(p, familiarRef) || GoPathMatch.matches(p, repo));
    }
}
