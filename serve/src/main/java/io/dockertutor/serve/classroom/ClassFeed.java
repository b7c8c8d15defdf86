package io.dockertutor.serve.classroom;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Pushes the class's grid to the teachers' pages: read again as soon as a learner's progress is saved ({@link #poke}),
 * looked at every {@link #PERIOD_MILLIS} ms after that and sent when it changed, and at least once a second (the
 * times on the steps go on). Nobody watching: nothing read.
 */
public final class ClassFeed implements AutoCloseable {
    static final long PERIOD_MILLIS = 250;

    private final ClassGrid grid;
    private final List<Consumer<ClassGrid.View>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "class-feed");
        t.setDaemon(true);
        return t;
    });
    private List<ClassGrid.Row> lastRows;
    private long lastSent;
    private volatile boolean poked;

    public ClassFeed(ClassGrid grid) {
        this.grid = grid;
        timer.scheduleWithFixedDelay(this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Adds a teacher's page; it is sent the grid as it is now, then its changes. */
    public void subscribe(Consumer<ClassGrid.View> listener) {
        listeners.add(listener);
        listener.accept(grid.view());
    }

    public void unsubscribe(Consumer<ClassGrid.View> listener) {
        listeners.remove(listener);
    }

    /** A learner's progress was saved: the grid is read again on the next tick. */
    public void poke() {
        poked = true;
    }

    private void tick() {
        long now = System.currentTimeMillis();
        if (listeners.isEmpty() || !poked && now - lastSent < 1000) {
            return;
        }
        poked = false;
        try {
            ClassGrid.View view = grid.view();
            if (view.learners().equals(lastRows) && now - lastSent < 1000) {
                return;
            }
            lastRows = view.learners();
            lastSent = now;
            for (Consumer<ClassGrid.View> l : listeners) {
                l.accept(view);
            }
        } catch (RuntimeException e) {
            // A learner's progress that cannot be read now is read again on the next tick; the feed goes on.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
