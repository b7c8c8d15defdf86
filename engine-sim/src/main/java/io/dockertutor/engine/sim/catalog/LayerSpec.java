package io.dockertutor.engine.sim.catalog;

/**
 * A layer blob the simulated registry serves.
 *
 * @param shortId the 12 hex digits that {@code docker pull} prints for it ({@code f11c1adaa26e})
 * @param digest  the compressed blob digest, {@code sha256:} + 64 hex, beginning with {@code shortId}
 * @param diffId  the uncompressed content digest ({@code RootFS.Layers} of inspect)
 * @param size    uncompressed bytes, counted in image sizes
 */
public record LayerSpec(String shortId, String digest, String diffId, long size) {
}
