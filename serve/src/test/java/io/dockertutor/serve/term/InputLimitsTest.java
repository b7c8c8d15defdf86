package io.dockertutor.serve.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The keys a learner may send: a bounded line, a bounded rate of Enter. */
class InputLimitsTest {
    @Test
    void keysPastTheLineLimitAreDroppedUntilEnter() {
        InputLimits limits = new InputLimits();
        InputLimits.Filtered f = limits.filter(("a".repeat(InputLimits.MAX_LINE_BYTES + 3) + "\rb")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(f.keys()).hasSize(InputLimits.MAX_LINE_BYTES + 2);
        assertThat(f.reached()).containsExactly(InputLimits.Limit.LINE_LENGTH);
    }

    @Test
    void ctrlCStartsANewLine() {
        InputLimits limits = new InputLimits();
        limits.filter("a".repeat(InputLimits.MAX_LINE_BYTES).getBytes(StandardCharsets.US_ASCII));
        assertThat(limits.filter("\u0003abc".getBytes(StandardCharsets.US_ASCII)).reached()).isEmpty();
    }

    @Test
    void enterPastTheBurstIsDropped() {
        InputLimits limits = new InputLimits();
        InputLimits.Filtered f = limits.filter("\r".repeat(InputLimits.LINE_BURST + 2).getBytes(StandardCharsets.US_ASCII));
        assertThat(f.keys()).hasSize(InputLimits.LINE_BURST);
        assertThat(f.reached()).containsExactly(InputLimits.Limit.COMMAND_RATE);
    }
}
