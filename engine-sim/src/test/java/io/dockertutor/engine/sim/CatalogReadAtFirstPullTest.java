package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An engine over a catalog supplier reads it at its first registry question, once, and not at start. */
class CatalogReadAtFirstPullTest {
    @Test
    void theCatalogIsReadAtTheFirstPullAndOnlyOnce() {
        AtomicInteger reads = new AtomicInteger();
        SimulatedEngine engine = new SimulatedEngine(() -> {
            reads.incrementAndGet();
            return new CatalogLoader().loadDefault();
        }, Clock.systemUTC());
        engine.listImages(false, Filters.NONE);
        engine.version();
        assertThat(reads).hasValue(0);
        engine.pull(ImageReference.parse("busybox"), e -> { });
        engine.pull(ImageReference.parse("alpine"), e -> { });
        assertThat(reads).hasValue(1);
    }
}
