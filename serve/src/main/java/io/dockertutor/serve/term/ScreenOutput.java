package io.dockertutor.serve.term;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The screen side of a browser terminal: what JLine writes (one byte at a time) is gathered and handed to every
 * viewer on flush, or when {@link #drain()} finds it waiting, and kept in a {@link ScreenReplay} for the next viewer.
 * Output past {@link #BYTES_PER_SECOND} (after a burst of {@link #BURST_BYTES}) slows the writer down: a loop that
 * prints forever cannot flood the server or the browser; {@code onSlowed} says so once per flood.
 */
final class ScreenOutput extends OutputStream {
    static final int BYTES_PER_SECOND = 256 * 1024;
    static final int BURST_BYTES = 1024 * 1024;
    private static final int CHUNK = 16 * 1024;

    private final ScreenReplay replay = new ScreenReplay(64 * 1024);
    private final List<Consumer<byte[]>> viewers = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Runnable onSlowed;
    private double allowance = BURST_BYTES;
    private long refilledAt = System.nanoTime();
    private boolean slowed;

    ScreenOutput(Runnable onSlowed) {
        this.onSlowed = onSlowed;
    }

    @Override
    public void write(int b) {
        throttle();
        synchronized (this) {
            pending.write(b);
            if (pending.size() >= CHUNK) {
                emit();
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        throttle();
        synchronized (this) {
            pending.write(b, off, len);
            if (pending.size() >= CHUNK) {
                emit();
            }
        }
    }

    @Override
    public synchronized void flush() {
        emit();
    }

    /** Sends what waits without a flush (called now and then from outside the writer's thread). */
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
        pending.writeBytes(text);
        emit();
    }

    private void emit() {
        if (pending.size() == 0) {
            return;
        }
        byte[] bytes = pending.toByteArray();
        pending.reset();
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
