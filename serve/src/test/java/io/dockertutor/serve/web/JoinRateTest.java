package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JoinRateTest {
    private final AtomicLong now = new AtomicLong();
    private final JoinRate sixtyAMinute = new JoinRate(60, now::get);

    private void after(Duration elapsed) {
        now.addAndGet(elapsed.toNanos());
    }

    @Test
    void oneAddressJoinsAMinutesWorthAtOnceAndIsThenToldToWaitForTheNext() {
        for (int i = 0; i < 60; i++) {
            assertThat(sixtyAMinute.take("10.0.0.7")).as("join %d", i + 1).isEmpty();
        }
        assertThat(sixtyAMinute.take("10.0.0.7")).contains(Duration.ofSeconds(1));
        after(Duration.ofMillis(400));
        assertThat(sixtyAMinute.take("10.0.0.7")).contains(Duration.ofMillis(600));
    }

    @Test
    void pastTheBurstOneJoinIsEarnedPerIntervalAndARefusalCountsNothing() {
        for (int i = 0; i < 60; i++) {
            sixtyAMinute.take("10.0.0.7");
        }
        assertThat(sixtyAMinute.take("10.0.0.7")).isPresent();
        assertThat(sixtyAMinute.take("10.0.0.7")).isPresent();
        after(Duration.ofSeconds(1));
        assertThat(sixtyAMinute.take("10.0.0.7")).isEmpty();
        assertThat(sixtyAMinute.take("10.0.0.7")).isPresent();
    }

    @Test
    void aQuietMinuteGivesBackTheWholeBurstButNoMore() {
        for (int i = 0; i < 60; i++) {
            sixtyAMinute.take("10.0.0.7");
        }
        after(Duration.ofMinutes(10));
        for (int i = 0; i < 60; i++) {
            assertThat(sixtyAMinute.take("10.0.0.7")).as("join %d", i + 1).isEmpty();
        }
        assertThat(sixtyAMinute.take("10.0.0.7")).isPresent();
    }

    @Test
    void eachAddressHasItsOwnShare() {
        JoinRate two = new JoinRate(2, now::get);
        two.take("10.0.0.7");
        two.take("10.0.0.7");
        assertThat(two.take("10.0.0.7")).contains(Duration.ofSeconds(30));
        assertThat(two.take("10.0.0.8")).isEmpty();
    }

    @Test
    void fewerThanOneJoinAMinuteIsRefused() {
        assertThatThrownBy(() -> new JoinRate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
