package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.DiskUsage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The lab engine's {@code /system/df} answer ({@link RecordedSystemDf#BUILD_CACHE}) read into the engine API's
 * {@link DiskUsage}; the expected totals are what the docker CLI printed for it at that moment:
 * <pre>
 * Images          1         1         1.982MB   0B (0%)
 * Containers      1         0         0B        0B
 * Local Volumes   1         1         0B        0B
 * Build Cache     5         0         53B       53B
 * </pre>
 */
class DiskUsageRecordsTest {
    private final DiskUsage du = RecordedSystemDf.read(RecordedSystemDf.BUILD_CACHE);

    @Test
    void theTotalsAreTheOnesTheCliComputesFromTheLists() {
        assertThat(du.images()).isEqualTo(new DiskUsage.Row(1, 1, 1_982_366, 0));
        assertThat(du.containers()).isEqualTo(new DiskUsage.Row(1, 0, 0, 0));
        assertThat(du.volumes()).isEqualTo(new DiskUsage.Row(1, 1, 0, 0));
        assertThat(du.buildCache()).as("shared records are left out of the size").isEqualTo(new DiskUsage.Row(5, 0, 53, 53));
    }

    @Test
    void aContainerNeverStartedHasAnEmptyLayerThoughTheDaemonLeavesSizeRwOut() {
        assertThat(du.containerList()).singleElement().satisfies(c -> {
            assertThat(c.names()).containsExactly("/dfbc-c");
            assertThat(c.sizeRw()).isZero();
        });
    }

    @Test
    void eachImageCarriesItsSharedSizeAndEachVolumeItsLinks() {
        assertThat(du.imageList()).singleElement().satisfies(i -> {
            assertThat(i.summary().repoTags()).containsExactly("dfbc:1");
            assertThat(i.summary().containers()).isEqualTo(1);
            assertThat(i.sharedSize()).isZero();
        });
        assertThat(du.volumeList()).singleElement()
                .satisfies(v -> assertThat(v.volume().name() + " " + v.refCount() + " " + v.size()).isEqualTo("dfbc-vol 1 0"));
    }

    @Test
    void aCacheRecordKeepsItsParentTypeAndTimesToTheNanosecond() {
        DiskUsage.CacheRecord hello = du.cacheList().stream().filter(r -> r.id().startsWith("ll97qyhql6ya")).findFirst().orElseThrow();
        assertThat(hello.parents()).as("Engine 20.10 sends Parent, not Parents").containsExactly("lzq4gozlyhywnbxa506z9gbup");
        assertThat(hello.type()).isEqualTo("regular");
        assertThat(hello.description()).isEqualTo("mount / from exec /bin/sh -c echo hello > /hello");
        assertThat(hello.shared()).isTrue();
        assertThat(hello.inUse()).isFalse();
        assertThat(hello.size()).isEqualTo(6);
        assertThat(hello.usageCount()).isEqualTo(1);
        assertThat(hello.createdAt()).isEqualTo(Instant.parse("2026-12-06T04:14:25.987858637Z"));
        assertThat(hello.lastUsedAt()).isEqualTo(Instant.parse("2026-12-06T04:14:27.191893633Z"));
    }
}
