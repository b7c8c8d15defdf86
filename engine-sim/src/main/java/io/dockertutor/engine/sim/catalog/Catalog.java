package io.dockertutor.engine.sim.catalog;

import io.dockertutor.engine.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the simulated registry knows: layers, images, the repositories and tags that name them, and the
 * entries {@code docker search} finds. Loaded once by {@link CatalogLoader} and never changed afterwards.
 */
public record Catalog(
        Map<String, LayerSpec> layers,
        Map<String, ImageSpec> images,
        Map<String, RepositorySpec> repositories,
        List<SearchResult> search) {

    /** The image {@code repository:tag} names, e.g. {@code image("library/nginx", "stable")}. */
    public Optional<ImageSpec> image(String repository, String tag) {
        return Optional.ofNullable(repositories.get(repository))
                .map(repo -> repo.tags().get(tag))
                .map(images::get);
    }

    /** An image's size as {@code docker images} counts it: the sum of its layers' uncompressed sizes. */
    public long size(ImageSpec image) {
        return image.layers().stream().mapToLong(shortId -> layers.get(shortId).size()).sum();
    }
}
