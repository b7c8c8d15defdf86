package io.dockertutor.serve.store;

/** What a learner did, as {@link ProgressDiff} reads it from two successive saves of their progress. */
public enum EventKind {
    LESSON_STARTED, ATTEMPT, HINT, SOLUTION_SHOWN, SOLUTION_RUN, STEP_PASSED, STEP_SKIPPED, LESSON_DONE
}
