package io.dockertutor.engine.docker;

/**
 * The Docker client configuration names no usable endpoint: a context that does not exist, a config file that is
 * not JSON. {@link DockerJavaEngine#connect} turns it into an {@link EngineUnavailableException} in the learner's
 * language.
 */
public final class DockerEndpointException extends RuntimeException {

    /** What is wrong with the configuration. */
    public enum Problem { CONTEXT_NOT_FOUND, CONFIG_UNREADABLE }

    private final Problem problem;
    private final String subject;

    public DockerEndpointException(Problem problem, String subject) {
        super(problem + ": " + subject, null, false, false);
        this.problem = problem;
        this.subject = subject;
    }

    public Problem problem() {
        return problem;
    }

    /** The context name or the file the problem is about. */
    public String subject() {
        return subject;
    }
}
