package io.dockertutor.tutor.engines;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.ProgressEvent;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/**
 * An engine whose pulls take about a second, as a learner expects a download to: the simulated engine answers at
 * once, and bars that jump straight to "Pull complete" teach nothing about layers. Only the REPL on a terminal uses
 * it; every other call passes through untouched (a proxy, so the engine interface can grow without this class).
 * What the learner does not watch is not paced: a lesson's setup and the unseen replay of the steps before the one a
 * learner comes back to run inside {@link #unseen}, and their pulls take no time.
 */
public final class PacedPulls implements InvocationHandler {
    /** A pull of a typical image (seven layers, seven events each) lasts about this long. */
    static final long BUDGET_MILLIS = 1_100;
    /** Each layer event adds this much to the pull's length. */
    private static final long PER_EVENT_MILLIS = 20;
    /**
     * The events are shown in batches, one pause per batch of this length: the engine itself sends a layer's
     * progress at most every 100 ms (moby's {@code progress.NewProgressReader} rate limit), and a pause and a screen
     * frame after every event made a class's pulls a fifth of a classroom server's processor.
     */
    static final long PAUSE_MILLIS = 100;

    /** How deep the current thread is in {@link #unseen} work. */
    private static final ThreadLocal<int[]> UNSEEN = ThreadLocal.withInitial(() -> new int[1]);

    private final Engine target;

    /** Work whose output nobody sees, such as {@link #unseen}'s. */
    @FunctionalInterface
    public interface UnseenWork<T> {
        T run() throws java.io.IOException;
    }

    /** Runs {@code work} with every pull in it unpaced: nobody watches its bars, so waiting for them would be waste. */
    public static <T> T unseen(UnseenWork<T> work) throws java.io.IOException {
        int[] depth = UNSEEN.get();
        depth[0]++;
        try {
            return work.run();
        } finally {
            depth[0]--;
        }
    }

    /** How the pacing waits: {@code Interruption.sleep}, which Ctrl-C ends; tests count the waits instead. */
    private final java.util.function.LongConsumer pause;

    private PacedPulls(Engine target, java.util.function.LongConsumer pause) {
        this.target = target;
        this.pause = pause;
    }

    static Engine wrap(Engine engine) {
        return wrap(engine, io.dockertutor.engine.Interruption::sleep);
    }

    static Engine wrap(Engine engine, java.util.function.LongConsumer pause) {
        return (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                new PacedPulls(engine, pause));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("pull") && args != null && args.length == 2 && args[1] instanceof Consumer<?>
                && UNSEEN.get()[0] == 0) {
            args = args.clone();
            args[1] = paced((Consumer<ProgressEvent>) args[1]);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Consumer<ProgressEvent> paced(Consumer<ProgressEvent> display) {
        long deadline = System.nanoTime() + BUDGET_MILLIS * 1_000_000;
        long[] owed = {0};
        return event -> {
            display.accept(event);
            if (event.id().isEmpty()) {
                return;
            }
            owed[0] += PER_EVENT_MILLIS;
            if (owed[0] >= PAUSE_MILLIS && System.nanoTime() + owed[0] * 1_000_000 < deadline) {
                // Ctrl-C ends the wait; the rest of the pull shows at once and the shell reports 130.
                pause.accept(owed[0]);
                owed[0] = 0;
            }
        };
    }
}
