package io.dockertutor.engine.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real-engine sessions of this process and of earlier ones. A process told to stop (SIGINT, SIGTERM) removes
 * what each open session made while the threads that use them are still in the middle of a command
 * ({@link #abandonAll()}, from a shutdown hook); a later process removes what one that died (SIGKILL, a crash) left,
 * by the prefix of its session ids ({@link #objectsOf}, {@link #removeObjectsOf}).
 *
 * <pre>{@code
 * Runtime.getRuntime().addShutdownHook(new Thread(LiveSessions::abandonAll));
 * List<String> left = LiveSessions.objectsOf(engine, "validate-1a2b3c4d-");   // ask, then removeObjectsOf
 * }</pre>
 */
public final class LiveSessions {
    /** How long the threads using a session get to finish the call they are in before the second sweep. */
    private static final long GRACE_MILLIS = 3_000;
    private static final Set<DockerJavaEngine> OPEN = ConcurrentHashMap.newKeySet();

    private LiveSessions() {
    }

    static void opened(DockerJavaEngine engine) {
        OPEN.add(engine);
    }

    static void closed(DockerJavaEngine engine) {
        OPEN.remove(engine);
    }

    /**
     * For a shutdown hook: closes every open session to the threads using it, removes its objects, waits for a
     * call already under way (a {@code docker run} creating its container) and sweeps again; answers what went.
     */
    public static List<String> abandonAll() {
        List<String> removed = new ArrayList<>();
        for (DockerJavaEngine engine : List.copyOf(OPEN)) {
            try {
                removed.addAll(engine.abandon(GRACE_MILLIS));
            } catch (RuntimeException e) {
                // The daemon went away: nothing more can be removed from here, and the process is ending anyway.
            }
            OPEN.remove(engine);
        }
        return removed;
    }

    /**
     * The containers, networks and volumes on {@code engine}'s daemon of the sessions whose ids start with
     * {@code sessionPrefix}, each as {@code kind name}; images are not labelled and stay.
     */
    public static List<String> objectsOf(DockerJavaEngine engine, String sessionPrefix) {
        return ((SessionOwnership) engine.ownership()).labelled(id -> id.startsWith(sessionPrefix)).stream().map(Object::toString).toList();
    }

    /** Removes {@link #objectsOf} and answers what went; nothing of anyone else's. */
    public static List<String> removeObjectsOf(DockerJavaEngine engine, String sessionPrefix) {
        return ((SessionOwnership) engine.ownership()).removeLabelled(id -> id.startsWith(sessionPrefix));
    }
}
