package io.dockertutor.engine.sim.build;

/**
 * A Dockerfile the frontend refuses, with BuildKit's message ({@code dockerfile parse error on line 3: unknown
 * instruction: FORM (did you mean FROM?)}) and the lines it points at, for the source excerpt the client prints.
 */
public final class DockerfileException extends RuntimeException {
    private final int startLine;
    private final int endLine;

    public DockerfileException(String message, int startLine, int endLine) {
        super(message, null, false, false);
        this.startLine = startLine;
        this.endLine = endLine;
    }

    /** A parse error: the message gets BuildKit's {@code dockerfile parse error on line N: } prefix. */
    static DockerfileException parse(String message, int startLine, int endLine) {
        return new DockerfileException("dockerfile parse error on line " + startLine + ": " + message, startLine, endLine);
    }

    public int startLine() {
        return startLine;
    }

    public int endLine() {
        return endLine;
    }
}
