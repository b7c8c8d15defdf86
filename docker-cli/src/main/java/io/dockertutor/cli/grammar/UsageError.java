package io.dockertutor.cli.grammar;

/**
 * A command line the docker CLI refuses before talking to the engine, with the exact text it prints on standard
 * error and its exit status (1 for argument counts and unknown commands, 125 for flag errors).
 */
public final class UsageError extends Exception {
    private final int exitCode;

    public UsageError(String text, int exitCode) {
        super(text, null, false, false);
        this.exitCode = exitCode;
    }

    public String text() {
        return getMessage();
    }

    public int exitCode() {
        return exitCode;
    }
}
