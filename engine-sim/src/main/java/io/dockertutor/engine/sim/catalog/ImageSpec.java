package io.dockertutor.engine.sim.catalog;

import io.dockertutor.engine.ImageConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An image the simulated registry can serve.
 *
 * @param key            the catalog's own name for it ({@code nginx-1.27.0})
 * @param id             the image (config) id, {@code sha256:} + 64 hex
 * @param manifestDigest the digest {@code docker pull} prints and RepoDigests carry
 * @param layers         its layers, base first (keys of {@link Catalog#layers()})
 * @param history        build steps, oldest first
 * @param files          every file of the image by absolute path, file sets already merged in
 */
public record ImageSpec(
        String key,
        String id,
        String manifestDigest,
        Instant created,
        String architecture,
        String os,
        String author,
        String dockerVersion,
        ImageConfig config,
        List<String> layers,
        List<HistorySpec> history,
        Map<String, FileSpec> files) {
}
