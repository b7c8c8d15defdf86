package io.dockertutor.engine;

/**
 * What an engine can do beyond the calls every engine answers, asked by name rather than guessed from which parts
 * it happens to offer: the tutor's undo, a lesson step that restarts the daemon or looks into
 * {@code /var/lib/docker}, and {@code docker stop A B C} stopping all three at once all depend on it.
 *
 * <pre>{@code
 * if (!engine.capabilities().undo()) {
 *     // a real engine: reset replays the step instead
 * }
 * }</pre>
 *
 * @param undo            the engine saves and restores its whole state ({@link Engine#snapshots()}): undo, reset and
 *                        back put it back exactly, and a lesson is validated in one walk instead of step by step
 * @param daemonRestart   the tutor can stop and restart the daemon ({@link Engine#daemonControl()})
 * @param engineFiles     the engine's data directory is in reach of the learner's shell ({@link Engine#dataRoot()})
 * @param concurrentCalls calls may run at the same time on several threads, as a real engine's API allows
 */
public record EngineCapabilities(boolean undo, boolean daemonRestart, boolean engineFiles, boolean concurrentCalls) {
    /** Nothing beyond the calls themselves; the {@code with} methods add to it. */
    public static final EngineCapabilities NONE = new EngineCapabilities(false, false, false, false);

    public EngineCapabilities withUndo() {
        return new EngineCapabilities(true, daemonRestart, engineFiles, concurrentCalls);
    }

    public EngineCapabilities withDaemonRestart() {
        return new EngineCapabilities(undo, true, engineFiles, concurrentCalls);
    }

    public EngineCapabilities withEngineFiles() {
        return new EngineCapabilities(undo, daemonRestart, true, concurrentCalls);
    }

    public EngineCapabilities withConcurrentCalls() {
        return new EngineCapabilities(undo, daemonRestart, engineFiles, true);
    }
}
