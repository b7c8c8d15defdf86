package io.dockertutor.serve.term;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The screen side of a browser terminal: what JLine writes (one byte at a time) is gathered and handed to every
 * viewer when {@link #drain()} finds it waiting (the tutor waits for a key, or the timer comes by), and kept in a
 * {@link ScreenReplay} for the next viewer.
 * Output past {@link #BYTES_PER_SECOND} (after a burst of {@link #BURST_BYTES}), measured at every flush and every
 * {@value #METER_BYTES} bytes, slows the writer down: a loop that
 * prints forever cannot flood the server or the browser; {@code onSlowed} says so once per flood.
 */
final class ScreenOutput extends OutputStream {
    static final int BYTES_PER_SECOND = 256 * 1024;
    static final int BURST_BYTES = 1024 * 1024;
    private static final int CHUNK = 16 * 1024;
    /**
     * Bytes written between two looks at the allowance: JLine's line discipline writes one byte at a time, and a
     * clock reading and a second lock per byte were a tenth of a classroom server's processor.
     */
    private static final int METER_BYTES = 4 * 1024;

    private final ScreenReplay replay = new ScreenReplay(64 * 1024);
    private final List<Consumer<byte[]>> viewers = new CopyOnWriteArrayList<>();
    /** What waits to be sent, guarded by this object's lock (not a ByteArrayOutputStream: its own lock per byte). */
    private byte[] pending = new byte[1024];
    private int pendingCount;
    private final Runnable onSlowed;
    private double allowance = BURST_BYTES;
    private long refilledAt = System.nanoTime();
    private boolean slowed;
    /** Bytes written since the last look at the allowance. */
    private int unmetered;

    ScreenOutput(Runnable onSlowed) {
        this.onSlowed = onSlowed;
    }

    @Override
    public void write(int b) {
        boolean full;
        synchronized (this) {
            room(1);
            pending[pendingCount++] = (byte) b;
            full = ++unmetered >= METER_BYTES;
        }
        if (full) {
            throttle();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        boolean full;
        synchronized (this) {
            room(len);
            System.arraycopy(b, off, pending, pendingCount, len);
            pendingCount += len;
            unmetered += len;
            full = unmetered >= METER_BYTES;
        }
        if (full) {
            throttle();
        }
    }

    /**
     * Only looks at the allowance: JLine flushes after every line and every redraw, and a WebSocket frame for each
     * made 25 frames of a few bytes per command. What waits is sent when the tutor waits for the learner's next key
     * ({@link BrowserTerminal}), when {@link #drain()} comes by, and every {@value #CHUNK} bytes.
     */
    @Override
    public void flush() {
        throttle();
    }

    /** Sends what waits: the tutor waits for a key, or a timer comes by for what a running command prints. */
    synchronized void drain() {
        emit();
    }

    /** Adds a viewer, shown the last screen first: no byte is lost, shown twice or out of order. */
    synchronized void attach(Consumer<byte[]> viewer) {
        emit();
        viewer.accept(replay.snapshot());
        viewers.add(viewer);
    }

    void detach(Consumer<byte[]> viewer) {
        viewers.remove(viewer);
    }

    int viewers() {
        return viewers.size();
    }

    /** A line from the server itself (a limit reached), shown to every viewer and kept, outside the REPL's output. */
    synchronized void notice(byte[] text) {
        emit();
        room(text.length);
        System.arraycopy(text, 0, pending, pendingCount, text.length);
        pendingCount += text.length;
        emit();
    }

    private void room(int more) {
        if (pendingCount + more > pending.length) {
            pending = java.util.Arrays.copyOf(pending, Math.max(pending.length * 2, pendingCount + more));
        }
    }

    private void emit() {
        if (pendingCount == 0) {
            return;
        }
        byte[] bytes = java.util.Arrays.copyOf(pending, pendingCount);
        pendingCount = 0;
        if (pending.length > CHUNK) {
            pending = new byte[1024];
        }
        allowance -= bytes.length;
        replay.append(bytes, 0, bytes.length);
        for (Consumer<byte[]> viewer : viewers) {
            viewer.accept(bytes);
        }
    }

    /** Makes the writing thread wait while the allowance is spent; never called with the lock held. */
    private void throttle() {
        while (true) {
            long waitMillis;
            boolean tell = false;
            synchronized (this) {
                unmetered = 0;
                if (pendingCount >= CHUNK) {
                    emit();
                }
                long now = System.nanoTime();
                allowance = Math.min(BURST_BYTES, allowance + (now - refilledAt) / 1e9 * BYTES_PER_SECOND);
                refilledAt = now;
                if (allowance > 0) {
                    // The flood is over once half the burst is back; until then it is the same flood, told once.
                    slowed &= allowance < BURST_BYTES / 2.0;
                    return;
                }
                if (!slowed) {
                    slowed = true;
                    tell = true;
                }
                waitMillis = (long) Math.ceil(-allowance * 1000.0 / BYTES_PER_SECOND) + 1;
            }
            if (tell) {
                onSlowed.run();
            }
            try {
                Thread.sleep(Math.min(waitMillis, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
