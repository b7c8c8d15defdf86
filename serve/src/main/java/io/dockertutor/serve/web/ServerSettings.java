package io.dockertutor.serve.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code docker-tutor serve} was asked for.
 *
 * @param classCode         what a learner must type to join, or null for none
 * @param lessons           a directory of lessons, or null for the bundled ones
 * @param stateDirectory    where learners' directories live ({@code serve/learners/ID/} under it)
 * @param locale            the language of the teacher's page text and the server's own lines
 * @param maxLearners       how many may join the class
 * @param socketsPerAddress how many terminal connections one network address may hold open
 * @param joinsPerMinute    how many new learners one network address may add at once, and then per minute
 *                          ({@link JoinRate})
 * @param newTeacherToken   whether to replace the class's kept teacher's token by a new one
 */
public record ServerSettings(String bind, int port, String className, String classCode, Path lessons,
                             Path stateDirectory, Duration idle, Locale locale, int maxLearners, int socketsPerAddress,
                             int joinsPerMinute, boolean newTeacherToken) {
    /** {@code --joins-per-minute}'s default: a class of 60 behind one address joins at once (see {@link JoinRate}). */
    public static final int JOINS_PER_MINUTE = 60;

    /** The default join rate, and the class's kept teacher's token. */
    public ServerSettings(String bind, int port, String className, String classCode, Path lessons, Path stateDirectory,
                          Duration idle, Locale locale, int maxLearners, int socketsPerAddress) {
        this(bind, port, className, classCode, lessons, stateDirectory, idle, locale, maxLearners, socketsPerAddress,
                JOINS_PER_MINUTE, false);
    }

    /** The directory of the learners' own directories. */
    public Path learnersDirectory() {
        return stateDirectory.resolve("serve").resolve("learners");
    }
}
