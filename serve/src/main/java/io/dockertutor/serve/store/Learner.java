package io.dockertutor.serve.store;

import java.time.Instant;

/**
 * A learner of a class, as {@link Learners#join} made them.
 *
 * @param id           random UUID, the learner's key everywhere in the database
 * @param className    the class they joined
 * @param displayName  the name they typed, shown to the teacher
 * @param sessionToken 128 random bits, URL-safe Base64: what the browser's cookie holds; whoever has it is this learner
 * @param joinedAt     when they joined
 * @param lastSeenAt   when their session last did something ({@link Learners#touch})
 */
public record Learner(String id, String className, String displayName, String sessionToken, Instant joinedAt,
                      Instant lastSeenAt) {
    @Override
    public String toString() {
        // The token is a credential: keep it out of logs and exception messages.
        return "Learner[" + id + ", " + className + ", " + displayName + "]";
    }
}
