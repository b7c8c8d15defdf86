package io.dockertutor.serve.classroom;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Pushes the class's grid to the teachers' pages: looked at every {@link #PERIOD_MILLIS} ms and sent when it changed
 * (a learner's save shows within that), and at least once a second (the times on the steps go on).
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

    private void tick() {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            ClassGrid.View view = grid.view();
            long now = System.currentTimeMillis();
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
