package io.dockertutor.engine;

/**
 * An error answered by the engine (the daemon), carrying the daemon's own message text.
 *
 * <p>The CLI layer prints it the way the docker CLI does: {@code Error response from daemon: <message>}.
 * The {@link Kind} mirrors the HTTP status family of the Docker Engine API, so both engines classify alike.
 */
public class EngineException extends RuntimeException {

    /** The class of failure, as the Docker Engine API's HTTP status would say. */
    public enum Kind {
        BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, SERVER_ERROR, UNAVAILABLE,
        /** An error that arrived inside a progress stream (push, pull, build): the CLI prints it bare. */
        IN_STREAM
    }

    private final Kind kind;

    public EngineException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static EngineException notFound(String message) {
        return new EngineException(Kind.NOT_FOUND, message);
    }

    public static EngineException conflict(String message) {
        return new EngineException(Kind.CONFLICT, message);
    }

    public static EngineException forbidden(String message) {
        return new EngineException(Kind.FORBIDDEN, message);
    }

    public static EngineException badRequest(String message) {
        return new EngineException(Kind.BAD_REQUEST, message);
    }

    public static EngineException inStream(String message) {
        return new EngineException(Kind.IN_STREAM, message);
    }

    public static EngineException serverError(String message) {
        return new EngineException(Kind.SERVER_ERROR, message);
    }
}
