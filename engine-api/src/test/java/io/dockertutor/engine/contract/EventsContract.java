package io.dockertutor.engine.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineEvent;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The event log ({@code docker events}) on both engines: what a container's life and a volume's write there, with the
 * daemon's attributes, over a window that ends, and the daemon's filters. A test interface, so that each engine's
 * contract test takes it on with {@code implements EventsContract}. Every name carries a mark of its own.
 */
public interface EventsContract {
    Engine engine();

    @Test
    default void aContainersLifeIsLoggedWithItsImageNameAndLabels() {
        Instant start = Instant.now();
        String name = "contract-" + UUID.randomUUID().toString().substring(0, 8) + "-ev";
        engine().pull(ImageReference.parse("busybox"), e -> { });
        String id = engine().createContainer(ContainerSpec.builder("busybox").name(name).cmd(List.of("sh", "-c", "exit 3")).build());
        engine().startContainer(id);
        engine().waitContainer(id);
        List<EngineEvent> events = until(start, Filters.parse(List.of("container=" + name, "type=container")),
                l -> l.stream().anyMatch(e -> e.action().equals("die")));
        assertThat(events).extracting(EngineEvent::action).containsSubsequence("create", "start", "die");
        EngineEvent die = events.stream().filter(e -> e.action().equals("die")).findFirst().orElseThrow();
        assertThat(die.attributes()).containsEntry("exitCode", "3").containsEntry("image", "busybox").containsEntry("name", name)
                .doesNotContainKey("io.docker-tutor.session");
        assertThat(die.scope()).isEqualTo("local");
    }

    @Test
    default void aVolumeIsLoggedByNameWithItsDriverAndFiltersKeepOnlyWhatTheyName() {
        Instant start = Instant.now();
        String volume = "contract-" + UUID.randomUUID().toString().substring(0, 8) + "-ev";
        engine().createVolume(volume, "local", Map.of(), Map.of());
        engine().removeVolume(volume, false);
        List<EngineEvent> events = until(start, Filters.parse(List.of("volume=" + volume)), l -> l.size() >= 2);
        assertThat(events).extracting(e -> e.type() + " " + e.action() + " " + e.actorId() + " " + e.attributes())
                .containsExactly("volume create " + volume + " {driver=local}", "volume destroy " + volume + " {driver=local}");
        assertThat(until(start, Filters.parse(List.of("volume=" + volume, "event=destroy")), l -> !l.isEmpty()))
                .extracting(EngineEvent::action).containsExactly("destroy");
    }

    @Test
    default void aWindowThatEndsBeforeItBeginsIsRefused() {
        Instant now = Instant.now();
        assertThat(catchThrowable(() -> engine().events(now, now.minusSeconds(60), Filters.NONE)))
                .isInstanceOf(EngineException.class).hasMessageContaining("cannot be after `until` time");
    }

    /** The engine publishes an event a moment after the call that made it returns: asks again for up to 5 s. */
    private List<EngineEvent> until(Instant start, Filters filters, Predicate<List<EngineEvent>> done) {
        long end = System.nanoTime() + 5_000_000_000L;
        List<EngineEvent> got = engine().events(start.minusSeconds(1), null, filters);
        while (!done.test(got) && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            got = engine().events(start.minusSeconds(1), null, filters);
        }
        return got;
    }
}
