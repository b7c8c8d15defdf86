package io.dockertutor.serve.term;

import io.dockertutor.tutor.repl.ReplSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The learners' tutors running now, one per learner: a page that connects gets the learner's running session, or a
 * new one (which resumes the lesson and step from the progress store). A session nobody watches and nobody typed
 * in for {@code idle} is closed, its progress saved; the next visit starts it again.
 */
public final class BrowserTutors implements AutoCloseable {
    private final Map<String, BrowserTutor> live = new ConcurrentHashMap<>();
    private final Duration idle;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "learner-sessions");
        t.setDaemon(true);
        return t;
    });

    /**
     * How often what a running command prints is sent without waiting for the prompt: 25 frames a second, smooth for
     * a progress bar (a paced pull redraws one every 20 ms) and half the frames a 25 ms period cost both ends.
     */
    static final long DRAIN_MILLIS = 40;

    public BrowserTutors(Duration idle) {
        this.idle = idle;
        timer.scheduleWithFixedDelay(this::drain, DRAIN_MILLIS, DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        long check = Math.max(50, Math.min(idle.toMillis() / 2, 15_000));
        timer.scheduleWithFixedDelay(this::releaseIdle, check, check, TimeUnit.MILLISECONDS);
    }

    /** The learner's running session, or one started now with {@code settings} on a terminal of the given size. */
    public synchronized BrowserTutor open(String learnerId, Supplier<ReplSettings> settings, int columns, int rows)
            throws IOException {
        BrowserTutor running = live.get(learnerId);
        if (running != null && running.running()) {
            running.resize(columns, rows);
            return running;
        }
        BrowserTutor started = BrowserTutor.start(learnerId, settings.get(), columns, rows,
                ended -> live.remove(ended.learnerId(), ended));
        live.put(learnerId, started);
        return started;
    }

    public Optional<BrowserTutor> find(String learnerId) {
        return Optional.ofNullable(live.get(learnerId));
    }

    /** How many tutors run now. */
    public int size() {
        return live.size();
    }

    private void drain() {
        for (BrowserTutor s : live.values()) {
            s.drain();
        }
    }

    private void releaseIdle() {
        long before = System.currentTimeMillis() - idle.toMillis();
        for (BrowserTutor s : List.copyOf(live.values())) {
            if (s.idleSince(before)) {
                live.remove(s.learnerId(), s);
                s.close();
            }
        }
    }

    /** Ends every session (each saves its progress) and the timer. */
    @Override
    public void close() {
        timer.shutdownNow();
        List<Thread> closing = new ArrayList<>();
        for (BrowserTutor s : List.copyOf(live.values())) {
            Thread t = new Thread(s::close, "closing-" + s.learnerId());
            t.start();
            closing.add(t);
        }
        for (Thread t : closing) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        live.clear();
    }
}
