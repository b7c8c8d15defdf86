package io.dockertutor.tutor.engines;

import io.dockertutor.engine.docker.LiveSessions;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shutdown hook of a process that opened a real engine: when it is told to stop (SIGINT, SIGTERM) in the middle
 * of a lesson or a validation, the objects its open sessions made are removed before it ends, and one line on
 * standard error says how many; on a normal exit the sessions are closed already and it says nothing. Either way the
 * process's record in the state directory goes, so no later start offers to clean up after it.
 */
final class StopCleanup {
    private static final Map<String, SessionRecords> RECORDS = new ConcurrentHashMap<>();
    private static volatile TutorMessages messages;
    private static boolean installed;

    private StopCleanup() {
    }

    /** Cleans up on stop from now on, and forgets {@code prefix}'s record in {@code records} at the end. */
    static synchronized void register(String prefix, SessionRecords records, TutorMessages language) {
        messages = language;
        if (records != null) {
            RECORDS.put(prefix, records);
        }
        if (!installed) {
            installed = true;
            Runtime.getRuntime().addShutdownHook(new Thread(StopCleanup::run, "docker-tutor-stop-cleanup"));
        }
    }

    private static void run() {
        int removed = LiveSessions.abandonAll().size();
        if (removed > 0) {
            System.err.println(messages.get("engine.stopCleanedUp", removed));
        }
        RECORDS.forEach((prefix, records) -> records.remove(prefix));
    }
}
