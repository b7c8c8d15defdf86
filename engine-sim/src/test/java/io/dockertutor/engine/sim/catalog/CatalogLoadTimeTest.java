package io.dockertutor.engine.sim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog is read at every start of the shell, so its load time is watched. The bounds are loose on
 * purpose (shared, busy build machines): they catch a pathological slowdown, not a few milliseconds.
 * Measured on a 2-CPU build box: about 150-250 ms in a fresh JVM (snakeyaml's scanner runs interpreted),
 * 15-40 ms once warm.
 */
class CatalogLoadTimeTest {

    @Test
    void theBundledCatalogLoadsQuicklyOnceTheJvmIsWarm() {
        CatalogLoader loader = new CatalogLoader();
        long first = time(loader);
        for (int i = 0; i < 5; i++) {
            loader.loadDefault();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            best = Math.min(best, time(loader));
        }
        assertThat(Duration.ofNanos(first)).isLessThan(Duration.ofSeconds(3));
        assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofMillis(150));
    }

    private static long time(CatalogLoader loader) {
        long start = System.nanoTime();
        Catalog catalog = loader.loadDefault();
        long elapsed = System.nanoTime() - start;
        assertThat(catalog.images()).isNotEmpty();
        return elapsed;
    }
}
