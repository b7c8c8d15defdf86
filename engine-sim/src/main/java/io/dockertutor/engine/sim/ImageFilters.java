package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The filters of {@code GET /images/json}: dangling, reference, before, since, label, until. */
final class ImageFilters {
    private static final Set<String> KEYS = Set.of("dangling", "reference", "before", "since", "label", "until");

    private ImageFilters() {
    }

    static Predicate<LocalImage> of(Filters filters, ImageStore store) {
        for (String key : filters.keys()) {
            if (!KEYS.contains(key)) {
                throw EngineException.badRequest("invalid filter '" + key + "'");
            }
        }
        Predicate<LocalImage> p = img -> true;
        for (String v : filters.get("dangling")) {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false") && !v.equals("1") && !v.equals("0")) {
                throw EngineException.badRequest("invalid filter 'dangling=" + v + "'");
            }
            boolean wanted = v.equalsIgnoreCase("true") || v.equals("1");
            p = p.and(img -> img.dangling() == wanted);
        }
        for (String v : filters.get("before")) {
            Instant limit = store.get(v).created();
            p = p.and(img -> img.created().isBefore(limit));
        }
        for (String v : filters.get("since")) {
            Instant limit = store.get(v).created();
            p = p.and(img -> img.created().isAfter(limit));
        }
        for (String v : filters.get("label")) {
            int eq = v.indexOf('=');
            p = eq < 0 ? p.and(img -> img.config().labels().containsKey(v))
                    : p.and(img -> v.substring(eq + 1).equals(img.config().labels().get(v.substring(0, eq))));
        }
        return p;
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
