package io.dockertutor.checker;

import java.util.List;
import java.util.Map;

/**
 * What a lesson step checks, one record per kind (the keys of a step's {@code check:} list). The family is
 * closed: the checker ({@link Checker}) evaluates every kind, the lesson loader reads every kind, and a new kind
 * needs both. Every assertion may carry its own {@code message} to show instead of the generated one.
 *
 * <p>Code that treats each kind differently is an {@link AssertionVisitor}: {@link #accept} sends each record to
 * its own branch, so a new kind does not compile until every visitor has a branch for it.
 */
public sealed interface Assertion {

    /** The author's failure text, or null for the generated one. */
    Text message();

    /** Calls the visitor's branch for this kind. */
    <R> R accept(AssertionVisitor<R> visitor);

    /**
     * {@code container: NAME} with any of its conditions; {@code absent: true} wants no such container;
     * {@code detached: true} wants one started with {@code -d} (no stream attached), false a foreground one.
     */
    record ContainerIs(String name, boolean absent, String state, String image, String command, String restart,
                       List<String> ports, List<MountExpectation> mounts, Integer exitCode, Map<String, String> labels,
                       List<String> env, String user, Boolean detached, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.containerIs(this);
        }
    }

    /** One expected mount of {@link ContainerIs}: the fields given must match. */
    record MountExpectation(String type, String source, String target, Boolean readonly) {
    }

    /** {@code containers: {filter: {...}, count|min|max}}: how many containers match {@code docker ps -a} filters. */
    record ContainerCount(Map<String, String> filter, Integer count, Integer min, Integer max, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.containerCount(this);
        }
    }

    /** {@code image: REF} with any of its conditions; sizes in bytes. */
    record ImageIs(String ref, boolean absent, Long maxSize, Long minSize, Integer minLayers, Integer maxLayers,
                   String user, List<String> entrypoint, List<String> cmd, String workdir, List<String> exposes,
                   Map<String, String> labels, String from, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.imageIs(this);
        }
    }

    /** {@code volume: NAME} with {@code absent} or {@code files} (names that must exist in it). */
    record VolumeIs(String name, boolean absent, List<String> files, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.volumeIs(this);
        }
    }

    /** {@code file: {container, path}} with {@code exists}, {@code contains} or {@code absent}. */
    record FileIs(String container, String path, boolean absent, String contains, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.fileIs(this);
        }
    }

    /** {@code http: {port, path, host}} with {@code status}, {@code contains} or {@code refused}. */
    record HttpAnswers(String host, int port, String path, Integer status, String contains, boolean refused, Text message)
            implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.httpAnswers(this);
        }
    }

    /**
     * {@code ran: REGEX}: a command the learner ran during the step matches. {@code like} is a command that matches,
     * what a learner who has not run one yet is told to run; the pattern itself is never shown.
     */
    record Ran(String pattern, String like, Text message) implements Assertion {
        public Ran(String pattern, Text message) {
            this(pattern, null, message);
        }

        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.ran(this);
        }
    }

    /** {@code output: {contains|matches}}: what the learner's last command printed. */
    record Output(String contains, String matches, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.output(this);
        }
    }

    /** {@code not: ASSERTION}. */
    record Not(Assertion inner, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.not(this);
        }
    }

    /** {@code anyOf: [ASSERTION, ...]}. */
    record AnyOf(List<Assertion> options, Text message) implements Assertion {
        @Override
        public <R> R accept(AssertionVisitor<R> visitor) {
            return visitor.anyOf(this);
        }
    }
}
