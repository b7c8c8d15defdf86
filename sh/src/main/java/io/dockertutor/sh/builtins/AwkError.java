package io.dockertutor.sh.builtins;

/** Ends an awk run: the complete text for standard error (the program's own words) and the exit status. */
final class AwkError extends RuntimeException {
    private final int status;

    AwkError(String text, int status) {
        super(text, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
