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
        assertThat(pauses).isNotEmpty().allMatch(millis -> millis == 20);
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
