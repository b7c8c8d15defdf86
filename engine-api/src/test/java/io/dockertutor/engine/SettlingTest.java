package io.dockertutor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Asking again within an engine's settling window: never on an engine settled at once, until done on one that is not. */
class SettlingTest {

    /** A settling with {@code window} whose state is unsettled for the first {@code unsettledAsks} asks. */
    private static Settling settlingAfter(Duration window, int unsettledAsks, AtomicInteger asks) {
        return new Settling() {
            @Override
            public Duration window() {
                return window;
            }

            @Override
            public boolean unsettled() {
                return asks.incrementAndGet() <= unsettledAsks;
            }
        };
    }

    @Test
    void anEngineSettledAtOnceIsAskedOnceEvenWhenTheAnswerIsNotTheOneHopedFor() {
        AtomicInteger attempts = new AtomicInteger();

        int result = Settling.AT_ONCE.until(attempts::incrementAndGet, n -> n > 5);

        assertThat(result).isEqualTo(1);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void anAttemptIsMadeAgainUntilItsResultIsDone() {
        AtomicInteger attempts = new AtomicInteger();
        Settling settling = settlingAfter(Duration.ofSeconds(5), 0, new AtomicInteger());

        int result = settling.until(attempts::incrementAndGet, n -> n == 2);

        assertThat(result).isEqualTo(2);
    }

    @Test
    void askingAgainStopsOnceTheWindowHasGoneBy() {
        AtomicInteger attempts = new AtomicInteger();
        Settling settling = settlingAfter(Duration.ofMillis(300), 0, new AtomicInteger());

        settling.until(attempts::incrementAndGet, n -> false);

        assertThat(attempts.get()).isBetween(2, 4);
    }

    @Test
    void awaitingASettledStateAsksUntilNothingChangesByItself() {
        AtomicInteger asks = new AtomicInteger();

        settlingAfter(Duration.ofSeconds(5), 2, asks).awaitSettled();

        assertThat(asks).hasValue(3);
    }
}
