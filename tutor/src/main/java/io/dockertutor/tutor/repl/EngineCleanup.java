package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.tutor.i18n.TutorMessages;

/**
 * Ends an engine session the tutor opened: on a real engine the objects this session made are removed (never
 * anyone else's: {@link io.dockertutor.engine.Ownership#cleanUp()} only knows the session's own) and the learner
 * reads how many went; the simulated engine has nothing to remove and says nothing.
 */
final class EngineCleanup {
    private EngineCleanup() {
    }

    /** Removes the session's objects and closes the engine; nobody uses it afterwards. Null is no engine. */
    static void retire(Engine engine, Screen screen, TutorMessages messages) {
        if (engine == null) {
            return;
        }
        try {
            cleanUp(engine, screen, messages);
        } finally {
            engine.close();
        }
    }

    /** Removes the session's objects and says how many went; the engine stays open (a replayed lesson goes on). */
    static void cleanUp(Engine engine, Screen screen, TutorMessages messages) {
        try {
            String removed = EngineNotices.cleanedUp(engine.ownership().cleanUp(), messages);
            if (removed != null) {
                screen.say(removed);
            }
        } catch (RuntimeException e) {
            // The daemon went away or refused: one line for the learner, and leaving or replaying still goes on.
            screen.warn(messages.get("engine.cleanUpFailed", e.getMessage()));
        }
    }
}
