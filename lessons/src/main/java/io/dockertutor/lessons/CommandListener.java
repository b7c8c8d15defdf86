package io.dockertutor.lessons;

/**
 * Hears every command a {@link LessonRun} hands to the interpreter, in order, and when the run's session begins and
 * ends. Checks are not commands and are not heard. {@code docker-tutor validate --command-log FILE} uses one
 * ({@link CommandLogFile}) so that the same command sequence can be replayed with the docker CLI and the tutor's
 * overhead measured ({@code scripts/measure-overhead}).
 *
 * <p>Calls for one run come from the thread driving it; runs may be driven on several threads at once (the
 * validator walks lessons in parallel on the simulated engine), so an implementation keys its state by run.
 */
public interface CommandListener {
    /** Why a command ran: the lesson's setup, a replayed earlier solution, the step's own command, the lesson's cleanup. */
    enum Kind { SETUP, REPLAY, STEP, CLEANUP }

    /** Hears nothing. */
    CommandListener NONE = new CommandListener() {
        @Override
        public void commandRan(LessonRun run, Kind kind, String command, int status, long nanos) {
        }
    };

    /** The run's workspace now holds the lesson's files; its setup commands come next. */
    default void sessionStarted(LessonRun run) {
    }

    /** A command finished with {@code status} after {@code nanos} of wall time. */
    void commandRan(LessonRun run, Kind kind, String command, int status, long nanos);

    /** The run was closed (after the lesson's cleanup commands): whatever owns the engine now cleans up after it. */
    default void sessionEnded(LessonRun run) {
    }
}
