package io.dockertutor.tutor.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pull the learner watches is paced; one inside {@link PacedPulls#unseen} (a lesson's setup, a replay) is not. */
class PacedPullsTest {
    private final List<Long> pauses = new ArrayList<>();
    private final Engine engine = PacedPulls.wrap(SimulatedEngine.withDefaultCatalog(), pauses::add);

    @Test
    void aWatchedPullPausesBetweenItsLayerEvents() {
        List<String> shown = new ArrayList<>();
        engine.pull(ImageReference.parse("busybox"), event -> shown.add(event.id()));
        assertThat(shown).isNotEmpty();
        assertThat(pauses).isNotEmpty().allMatch(millis -> millis == PacedPulls.PAUSE_MILLIS);
    }

    @Test
    void aManyLayeredPullPausesInBatchesOfEventsForAboutASecond() {
        List<Integer> eventsBeforeEachPause = new ArrayList<>();
        int[] events = {0};
        Engine counted = PacedPulls.wrap(SimulatedEngine.withDefaultCatalog(), millis -> {
            pauses.add(millis);
            eventsBeforeEachPause.add(events[0]);
        });
        counted.pull(ImageReference.parse("nginx"), event -> events[0] += event.id().isEmpty() ? 0 : 1);
        assertThat(events[0]).isGreaterThan(40);
        // Five layer events a pause: about ten screens a second, as the engine's own progress is rate-limited.
        assertThat(eventsBeforeEachPause).startsWith(5, 10, 15);
        long total = pauses.stream().mapToLong(Long::longValue).sum();
        assertThat(total).isBetween(PacedPulls.BUDGET_MILLIS - 2 * PacedPulls.PAUSE_MILLIS, PacedPulls.BUDGET_MILLIS);
    }

    @Test
    void aPullNobodyWatchesDoesNotPauseAndShowsTheSameEvents() throws IOException {
        List<String> shown = new ArrayList<>();
        PacedPulls.unseen(() -> {
            engine.pull(ImageReference.parse("busybox"), event -> shown.add(event.id()));
            return null;
        });
        assertThat(shown).isNotEmpty();
        assertThat(pauses).isEmpty();
    }

    @Test
    void pullsArePacedAgainOnceTheUnseenWorkEndsEvenByAnException() {
        assertThatThrownBy(() -> PacedPulls.unseen(() -> {
            throw new IOException("setup failed");
        })).hasMessage("setup failed");
        engine.pull(ImageReference.parse("busybox"), event -> { });
        assertThat(pauses).isNotEmpty();
    }
}
