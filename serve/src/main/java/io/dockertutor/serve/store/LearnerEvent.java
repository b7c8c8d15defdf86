package io.dockertutor.serve.store;

import java.time.Instant;

/**
 * One thing a learner did, kept in the {@code events} table.
 *
 * @param learnerId the learner
 * @param at        when the save that recorded it was made
 * @param kind      what they did
 * @param lessonId  the lesson
 * @param stepId    the step, null for {@link EventKind#LESSON_STARTED} and {@link EventKind#LESSON_DONE}
 */
public record LearnerEvent(String learnerId, Instant at, EventKind kind, String lessonId, String stepId) {
}
