package io.dockertutor.engine.sim.catalog;

import java.time.Instant;

/**
 * One step of an image's history as the catalog records it. Steps with {@code emptyLayer} false take the
 * image's layers in order, so their sizes always agree with the layers.
 */
public record HistorySpec(Instant created, String createdBy, String comment, boolean emptyLayer) {
}
