package io.dockertutor.engine.docker;

import io.dockertutor.engine.EngineException;

/**
 * No answer from the Docker daemon at all: nothing listens at the endpoint, the socket refuses this user, TLS fails,
 * or the configuration names no usable endpoint. Its {@link EngineException.Kind} is {@code UNAVAILABLE}, and its
 * message is already in the learner's language with advice (see {@link ConnectionMessages}), so the CLI prints it
 * as it is and the shell can offer to continue on the simulator.
 */
public final class EngineUnavailableException extends EngineException {

    /** Why the daemon could not be reached, each with its own advice. */
    public enum Problem {
        /** Nothing listens at the address (no socket file, connection refused, unknown host). */
        NO_DAEMON,
        /** The socket exists but this user may not open it (not in the {@code docker} group). */
        PERMISSION_DENIED,
        /** The TLS handshake failed, or the certificates are missing or unreadable. */
        TLS,
        /** The daemon accepted the connection but did not answer in time. */
        TIMEOUT,
        /** {@code ssh://} hosts: docker-java has no SSH transport. */
        SSH_UNSUPPORTED,
        /** A scheme docker-java does not speak at all. */
        UNSUPPORTED_SCHEME,
        /** DOCKER_CONTEXT or currentContext names a context that does not exist. */
        CONTEXT_NOT_FOUND,
        /** {@code config.json} or a context's {@code meta.json} cannot be read. */
        CONFIG_UNREADABLE
    }

    private final Problem problem;

    public EngineUnavailableException(Problem problem, String localizedMessage) {
        super(Kind.UNAVAILABLE, localizedMessage);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
