package io.dockertutor.engine;

/**
 * A build that failed, with what BuildKit's client shows around the message: the Dockerfile's name and text and the
 * lines of the instruction that failed (0 when no instruction is to blame), so the client can print its excerpt
 * ({@code Dockerfile:3}, {@code >>> FORM alpine}) before {@code ERROR: failed to build: failed to solve: ...}.
 */
public final class BuildFailure extends EngineException {
    private final String dockerfileName;
    private final String dockerfile;
    private final int startLine;
    private final int endLine;

    public BuildFailure(String message, String dockerfileName, String dockerfile, int startLine, int endLine) {
        super(Kind.IN_STREAM, message);
        this.dockerfileName = dockerfileName;
        this.dockerfile = dockerfile;
        this.startLine = startLine;
        this.endLine = endLine;
    }

    public String dockerfileName() {
        return dockerfileName;
    }

    public String dockerfile() {
        return dockerfile;
    }

    public int startLine() {
        return startLine;
    }

    public int endLine() {
        return endLine;
    }
}
