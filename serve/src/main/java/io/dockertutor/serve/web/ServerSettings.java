package io.dockertutor.serve.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code docker-tutor serve} was asked for.
 *
 * @param classCode        what a learner must type to join, or null for none
 * @param lessons          a directory of lessons, or null for the bundled ones
 * @param stateDirectory   where learners' directories live ({@code serve/learners/ID/} under it)
 * @param locale           the language of the teacher's page text and the server's own lines
 * @param maxLearners      how many may join the class
 * @param socketsPerAddress how many terminal connections one network address may hold open
 */
public record ServerSettings(String bind, int port, String className, String classCode, Path lessons,
                             Path stateDirectory, Duration idle, Locale locale, int maxLearners, int socketsPerAddress) {
    /** The directory of the learners' own directories. */
    public Path learnersDirectory() {
        return stateDirectory.resolve("serve").resolve("learners");
    }
}
