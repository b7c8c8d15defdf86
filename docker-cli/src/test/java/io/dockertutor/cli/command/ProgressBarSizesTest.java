package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.GoUnits;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The sizes a progress bar prints are Go's units.HumanSize, whether remembered or not. */
class ProgressBarSizesTest {
    @Property(tries = 2_000)
    void aSizeReadsAsHumanSizeTheFirstTimeAndEveryTimeAfter(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long bytes) {
        String first = ProgressDisplay.size(bytes);
        assertThat(first).isEqualTo(GoUnits.humanSize(bytes));
        assertThat(ProgressDisplay.size(bytes)).isEqualTo(first);
    }

    @Test
    void moreSizesThanAreKeptStillReadRight() {
        for (long b = 0; b < 40_000; b++) {
            long bytes = b * 997;
            assertThat(ProgressDisplay.size(bytes)).as("%d bytes", bytes).isEqualTo(GoUnits.humanSize(bytes));
        }
        assertThat(ProgressDisplay.size(1_234_567)).isEqualTo("1.23MB");
    }
}
