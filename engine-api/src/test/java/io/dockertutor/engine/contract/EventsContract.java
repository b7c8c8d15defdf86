package io.dockertutor.engine.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.EngineEvent;
import io.dockertutor.engine.Filters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The event log ({@code docker events}) on both engines: what a container's life and a volume's write there, with the
 * daemon's attributes, over a window that ends, and the daemon's filters. Every name carries this test's own mark.
 */
public abstract class EventsContract extends ContractSupport {
    private final String run = "contract-" + UUID.randomUUID().toString().substring(0, 8);

    private List<EngineEvent> since(Instant start, String... filters) {
        return until(() -> engine().events(start.minusSeconds(1), null, Filters.parse(List.of(filters))), l -> !l.isEmpty());
    }

    /** The engine publishes an event a moment after the call that made it returns: asks again for up to 5 s. */
    private static List<EngineEvent> until(java.util.function.Supplier<List<EngineEvent>> ask,
                                           java.util.function.Predicate<List<EngineEvent>> done) {
        long end = System.nanoTime() + 5_000_000_000L;
        List<EngineEvent> got = ask.get();
        while (!done.test(got) && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            got = ask.get();
        }
        return got;
    }

    @Test
    void aContainersLifeIsLoggedWithItsImageNameAndLabels() {
        Instant start = Instant.now();
        String name = run + "-c";
        runDetached(name, "busybox", "sh", "-c", "exit 3");
        engine().waitContainer(name);
        List<EngineEvent> events = until(() -> engine().events(start.minusSeconds(1), null,
                Filters.parse(List.of("container=" + name, "type=container"))), l -> l.stream().anyMatch(e -> e.action().equals("die")));
        assertThat(events).extracting(EngineEvent::action).containsSubsequence("create", "start", "die");
        EngineEvent die = events.stream().filter(e -> e.action().equals("die")).findFirst().orElseThrow();
        assertThat(die.attributes()).containsEntry("exitCode", "3").containsEntry("image", "busybox").containsEntry("name", name)
                .doesNotContainKey("io.docker-tutor.session");
        assertThat(die.scope()).isEqualTo("local");
    }

    @Test
    void aVolumeIsLoggedByNameWithItsDriverAndFiltersKeepOnlyWhatTheyName() {
        Instant start = Instant.now();
        engine().createVolume(run + "-v", "local", Map.of(), Map.of());
        engine().removeVolume(run + "-v", false);
        List<EngineEvent> events = until(() -> engine().events(start.minusSeconds(1), null,
                Filters.parse(List.of("volume=" + run + "-v"))), l -> l.size() >= 2);
        assertThat(events).extracting(e -> e.type() + " " + e.action() + " " + e.actorId() + " " + e.attributes())
                .containsExactly("volume create " + run + "-v {driver=local}", "volume destroy " + run + "-v {driver=local}");
        assertThat(since(start, "volume=" + run + "-v", "event=destroy")).extracting(EngineEvent::action).containsExactly("destroy");
    }

    @Test
    void aWindowThatEndsBeforeItBeginsIsRefused() {
        Instant now = Instant.now();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> engine().events(now, now.minusSeconds(60), Filters.NONE)))
                .isInstanceOf(io.dockertutor.engine.EngineException.class).hasMessageContaining("cannot be after `until` time");
    }
}
