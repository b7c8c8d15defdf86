package io.dockertutor.serve.classroom;

import io.dockertutor.serve.store.Learners;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records in the class database that a learner's session did something (typed, connected), at most once every
 * {@link #EVERY_MILLIS} ms per learner: the teacher's idle column needs seconds, not every keystroke.
 */
public final class LearnerActivity {
    static final long EVERY_MILLIS = 2000;

    private final Learners learners;
    private final Map<String, Long> recorded = new ConcurrentHashMap<>();

    public LearnerActivity(Learners learners) {
        this.learners = learners;
    }

    public void seen(String learnerId) {
        long now = System.currentTimeMillis();
        Long last = recorded.get(learnerId);
        if (last == null || now - last >= EVERY_MILLIS) {
            recorded.put(learnerId, now);
            learners.touchLater(learnerId, Instant.ofEpochMilli(now));
        }
    }
}
