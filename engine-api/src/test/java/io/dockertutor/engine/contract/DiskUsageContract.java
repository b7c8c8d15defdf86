package io.dockertutor.engine.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.ImageReference;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /system/df} on both engines ({@code docker system df -v}): the images with the containers using them and
 * their shared bytes, the containers with the bytes written in their layer, the local volumes with how many containers
 * refer to them and what they hold, and the totals computed from those lists. A test interface, taken on with
 * {@code implements DiskUsageContract}; the engine may hold objects of others, so only this test's own are checked.
 */
public interface DiskUsageContract {
    Engine engine();

    @Test
    default void diskUsageListsEachImageContainerAndVolumeWithWhatItUses() {
        String mark = "contract-" + UUID.randomUUID().toString().substring(0, 8) + "-du";
        engine().pull(ImageReference.parse("busybox"), e -> { });
        engine().createVolume(mark + "-spare", "local", Map.of(), Map.of());
        String id = engine().createContainer(ContainerSpec.builder("busybox").name(mark)
                .cmd(List.of("sh", "-c", "echo hello > /data/greeting; echo 12345678 > /big")).binds(List.of(mark + "-data:/data")).build());
        try {
            engine().startContainer(id);
            engine().waitContainer(id);
            DiskUsage du = engine().diskUsage();

            ContainerSummary container = du.containerList().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            assertThat(container.state()).isEqualTo("exited");
            assertThat(container.sizeRw()).as("the layer holds /big, 9 bytes").isEqualTo(9);
            DiskUsage.Image busybox = du.imageList().stream().filter(i -> i.summary().repoTags().contains("busybox:latest"))
                    .findFirst().orElseThrow();
            assertThat(busybox.summary().containers()).isPositive();
            assertThat(busybox.sharedSize()).isBetween(0L, busybox.summary().size());
            assertThat(du.volumeList()).filteredOn(v -> v.volume().name().startsWith(mark))
                    .extracting(v -> v.volume().name() + " " + v.refCount() + " " + v.size())
                    .containsExactlyInAnyOrder(mark + "-data 1 6", mark + "-spare 0 0");

            assertThat(du.containers().total()).isEqualTo(du.containerList().size());
            assertThat(du.containers().reclaimable()).as("an exited container's layer is reclaimable").isGreaterThanOrEqualTo(9);
            assertThat(du.images().size()).isEqualTo(du.layersSize());
            assertThat(du.volumes().active()).isEqualTo((int) du.volumeList().stream().filter(v -> v.refCount() > 0).count());
        } finally {
            engine().removeContainer(id, true, false);
            engine().removeVolume(mark + "-data", true);
            engine().removeVolume(mark + "-spare", true);
        }
    }
}
