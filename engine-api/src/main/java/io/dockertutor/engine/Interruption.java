package io.dockertutor.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ctrl-C for the command a thread is running, as a real shell's SIGINT to its foreground job. The terminal's signal
 * handler calls {@link #press(Thread)}; long-running work polls {@link #pressed()} (loops, paced output) or waits
 * through {@link #sleep}/{@link #await}, which alone are woken with {@link Thread#interrupt()}. The interrupt is
 * never left pending elsewhere: an interrupted thread would close the next file channel it touches, and the
 * simulated engine keeps its containers' files on disk.
 *
 * <pre>{@code
 * terminal.handle(Signal.INT, s -> Interruption.press(worker));   // on the signal thread
 * Interruption.sleep(100_000);                                     // in the command: returns early on Ctrl-C
 * if (Interruption.clear()) status = 130;                          // once the command line is over
 * }</pre>
 */
public final class Interruption {
    private static final Map<Thread, Interruption> BY_THREAD = new ConcurrentHashMap<>();

    private final Thread thread;
    private boolean pressed;
    private boolean waiting;

    private Interruption(Thread thread) {
        this.thread = thread;
    }

    private static Interruption of(Thread thread) {
        return BY_THREAD.computeIfAbsent(thread, Interruption::new);
    }

    /** Ctrl-C for whatever {@code worker} runs now: it stops at its next check or wakes from its wait. */
    public static void press(Thread worker) {
        Interruption i = of(worker);
        synchronized (i) {
            i.pressed = true;
            if (i.waiting) {
                i.thread.interrupt();
            }
        }
    }

    /** Whether Ctrl-C was pressed for the current thread's command and not yet {@linkplain #clear() cleared}. */
    public static boolean pressed() {
        Interruption i = BY_THREAD.get(Thread.currentThread());
        if (i == null) {
            return false;
        }
        synchronized (i) {
            return i.pressed;
        }
    }

    /** Ends the current thread's interruption (the command line is over); answers whether there was one. */
    public static boolean clear() {
        Interruption i = BY_THREAD.remove(Thread.currentThread());
        if (i == null) {
            return false;
        }
        synchronized (i) {
            Thread.interrupted();
            return i.pressed;
        }
    }

    /** Sleeps, or returns early (answering false) when Ctrl-C is pressed. */
    public static boolean sleep(long millis) {
        return await(() -> {
            Thread.sleep(millis);
            return Boolean.TRUE;
        }) != null;
    }

    /** A blocking wait that may be interrupted. */
    @FunctionalInterface
    public interface Wait<T> {
        T call() throws InterruptedException;
    }

    /**
     * Runs a blocking wait that Ctrl-C may cut short: answers its result, or null when Ctrl-C came first (the
     * interrupt it took is cleared again before this returns).
     */
    public static <T> T await(Wait<T> wait) {
        Interruption i = of(Thread.currentThread());
        synchronized (i) {
            if (i.pressed) {
                return null;
            }
            i.waiting = true;
        }
        try {
            return wait.call();
        } catch (InterruptedException e) {
            return null;
        } finally {
            synchronized (i) {
                i.waiting = false;
                Thread.interrupted();
            }
        }
    }
}
