package io.dockertutor.serve.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The screen side of a browser terminal: every viewer sees every byte once, and a flood is slowed with one notice. */
class ScreenOutputTest {
    @Test
    void aFloodPastTheBurstIsSlowedDownAndToldOnce() {
        AtomicInteger told = new AtomicInteger();
        ScreenOutput out = new ScreenOutput(told::incrementAndGet);
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        out.attach(seen::writeBytes);
        byte[] chunk = new byte[64 * 1024];
        long start = System.nanoTime();
        int total = ScreenOutput.BURST_BYTES + ScreenOutput.BYTES_PER_SECOND;
        for (int written = 0; written < total; written += chunk.length) {
            out.write(chunk, 0, chunk.length);
        }
        out.flush();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(told.get()).isEqualTo(1);
        assertThat(millis).isGreaterThanOrEqualTo(600);
    }

    @Test
    void outputBelowTheBurstIsNotSlowed() {
        AtomicInteger told = new AtomicInteger();
        ScreenOutput out = new ScreenOutput(told::incrementAndGet);
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        out.attach(seen::writeBytes);
        out.write(new byte[100_000], 0, 100_000);
        out.flush();
        assertThat(told.get()).isZero();
        assertThat(seen.size()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void aReplayThatLostItsBeginningStartsOnALineOfItsOwn() {
        ScreenReplay replay = new ScreenReplay(16);
        byte[] text = "first line\nsecond\nthird\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        replay.append(text, 0, text.length);
        String shown = new String(replay.snapshot(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shown).endsWith("third\n").doesNotContain("first");
    }
}
