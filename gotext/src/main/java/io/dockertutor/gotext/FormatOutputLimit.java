package io.dockertutor.gotext;

/**
 * Thrown when one {@code --format} run would print more than {@link #MAX_CHARS} characters, or take more than
 * {@link #MAX_STEPS} steps. Go would go on until the machine runs out of memory
 * ({@code {{range 1000}}{{printf "%9999999d" 1}}{{end}}} is ten gigabytes) or for hours
 * ({@code {{range 99999999999}}{{end}}}); the tutor's heap and time are shared by every session, so it stops there
 * and the docker command says so in one line.
 */
public final class FormatOutputLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** 16 Mi characters: far past any table a learner reads, far below a heap's worth. */
    public static final int MAX_CHARS = 16 << 20;
    /** Template nodes walked in one run: a table of every container takes thousands, not tens of millions. */
    public static final long MAX_STEPS = 20_000_000;

    private final boolean steps;

    FormatOutputLimit(boolean steps) {
        super(null, null, false, false);
        this.steps = steps;
    }

    /** True when the step budget ran out, false when the output grew past its limit. */
    public boolean steps() {
        return steps;
    }

    /** Refuses an output (or one about to be made) of {@code length} characters past the limit. */
    static void check(long length) {
        if (length > MAX_CHARS) {
            throw new FormatOutputLimit(false);
        }
    }
}
