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
 */
final class PacedPulls implements InvocationHandler {
    /** A pull of a typical image (seven layers, eight events each) lasts about this long. */
    static final long BUDGET_MILLIS = 1_100;
    private static final long PER_EVENT_MILLIS = 20;

    private final Engine target;

    private PacedPulls(Engine target) {
        this.target = target;
    }

    static Engine wrap(Engine engine) {
        return (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class}, new PacedPulls(engine));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("pull") && args != null && args.length == 2 && args[1] instanceof Consumer<?>) {
            args = args.clone();
            args[1] = paced((Consumer<ProgressEvent>) args[1]);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Consumer<ProgressEvent> paced(Consumer<ProgressEvent> display) {
        long deadline = System.nanoTime() + BUDGET_MILLIS * 1_000_000;
        return event -> {
            display.accept(event);
            if (!event.id().isEmpty() && System.nanoTime() + PER_EVENT_MILLIS * 1_000_000 < deadline) {
                // Ctrl-C ends the wait; the rest of the pull shows at once and the shell reports 130.
                io.dockertutor.engine.Interruption.sleep(PER_EVENT_MILLIS);
            }
        };
    }
}
