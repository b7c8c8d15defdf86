package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.SearchResult;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.ImageSpec;
import io.dockertutor.engine.sim.catalog.RepositorySpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The simulated Docker Hub: answers pulls and searches from the catalog, with Docker Hub's error texts. */
final class SimRegistry {
    private final java.util.function.Supplier<Catalog> source;
    private volatile Catalog catalog;

    /** A registry over {@code source}, read at its first question: starting the engine does not wait for the catalog. */
    SimRegistry(java.util.function.Supplier<Catalog> source) {
        this.source = source;
    }

    Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            synchronized (this) {
                if (catalog == null) {
                    catalog = source.get();
                }
                c = catalog;
            }
        }
        return c;
    }

    /** The image a reference names on the registry, or the error Docker Hub answers. */
    ImageSpec resolve(ImageReference ref) {
        RepositorySpec repo = ref.domain().equals(ImageReference.DEFAULT_DOMAIN) ? catalog().repositories().get(ref.path()) : null;
        if (repo == null) {
            if (!ref.domain().equals(ImageReference.DEFAULT_DOMAIN)) {
                throw EngineException.serverError("Get \"https://" + ref.domain() + "/v2/\": dial tcp: lookup "
                        + ref.domain().replaceAll(":\\d+$", "") + ": no such host");
            }
            throw EngineException.notFound("pull access denied for " + ref.familiarRepository()
                    + ", repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
        }
        if (ref.digest() != null) {
            return repo.tags().values().stream().map(catalog().images()::get)
                    .filter(img -> img.manifestDigest().equals(ref.digest()))
                    .findFirst()
                    .orElseThrow(() -> EngineException.notFound("manifest for " + ref.familiar() + " not found: manifest unknown: manifest unknown"));
        }
        String key = repo.tags().get(ref.tag());
        if (key == null) {
            throw EngineException.notFound("manifest for " + ref.familiar() + " not found: manifest unknown: manifest unknown");
        }
        return catalog().images().get(key);
    }

    /** Every tag of a repository with its image, for {@code docker pull --all-tags}. */
    Map<String, String> tags(ImageReference ref) {
        RepositorySpec repo = catalog().repositories().get(ref.path());
        if (repo == null) {
            resolve(ref);
        }
        return repo.tags();
    }

    /** Docker Hub's search: names or descriptions containing the term, official and popular first. */
    List<SearchResult> search(String term, int limit, Filters filters) {
        for (String key : filters.keys()) {
            if (!List.of("stars", "is-official", "is-automated").contains(key)) {
                throw EngineException.badRequest("invalid filter '" + key + "'");
            }
        }
        int minStars = 0;
        for (String v : filters.get("stars")) {
            try {
                minStars = Math.max(minStars, Integer.parseInt(v));
            } catch (NumberFormatException e) {
                throw EngineException.badRequest("invalid filter 'stars=" + v + "'");
            }
        }
        Boolean official = booleanFilter(filters, "is-official");
        Boolean automated = booleanFilter(filters, "is-automated");
        String needle = term.toLowerCase(Locale.ROOT);
        List<SearchResult> found = new ArrayList<>();
        for (SearchResult r : catalog().search()) {
            boolean matches = r.name().toLowerCase(Locale.ROOT).contains(needle)
                    || r.description().toLowerCase(Locale.ROOT).contains(needle);
            if (matches && r.stars() >= minStars && (official == null || r.official() == official)
                    && (automated == null || r.automated() == automated)) {
                found.add(r);
            }
        }
        found.sort(Comparator.comparing((SearchResult r) -> !r.name().equalsIgnoreCase(term))
                .thenComparing(r -> !r.official()).thenComparing(r -> -r.stars()));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static Boolean booleanFilter(Filters filters, String key) {
        List<String> values = filters.get(key);
        if (values.isEmpty()) {
            return null;
        }
        String v = values.get(values.size() - 1);
        if (!v.equals("true") && !v.equals("false") && !v.equals("1") && !v.equals("0")) {
            throw EngineException.badRequest("invalid filter '" + key + "=" + v + "'");
        }
        return v.equals("true") || v.equals("1");
    }
}
