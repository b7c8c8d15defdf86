package io.dockertutor.engine.sim.catalog;

import io.dockertutor.engine.SearchResult;
import java.util.List;
import java.util.Map;

/**
 * Everything the simulated registry knows: layers, images, the repositories and tags that name them, and the
 * entries {@code docker search} finds. Loaded once by {@link CatalogLoader} and never changed afterwards.
 */
public record Catalog(
        Map<String, LayerSpec> layers,
        Map<String, ImageSpec> images,
        Map<String, RepositorySpec> repositories,
        List<SearchResult> search) {
}
