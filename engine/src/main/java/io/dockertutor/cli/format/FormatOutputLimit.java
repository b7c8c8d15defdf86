package io.dockertutor.cli.format;

/**
 * Thrown when one {@code --format} run would print more than {@link #MAX_CHARS} characters. Go would go on until
 * the machine runs out of memory ({@code {{range 1000}}{{printf "%9999999d" 1}}{{end}}} is ten gigabytes); the
 * tutor's heap is shared by every session, so it stops there and the docker command says so in one line.
 */
public final class FormatOutputLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** 16 Mi characters: far past any table a learner reads, far below a heap's worth. */
    public static final int MAX_CHARS = 16 << 20;

    private FormatOutputLimit() {
        super(null, null, false, false);
    }

    /** Refuses an output (or one about to be made) of {@code length} characters past the limit. */
    static void check(long length) {
        if (length > MAX_CHARS) {
            throw new FormatOutputLimit();
        }
    }
}
