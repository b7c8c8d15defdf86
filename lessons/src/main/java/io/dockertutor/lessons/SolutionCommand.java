package io.dockertutor.lessons;

import java.util.regex.Pattern;

/**
 * One command of a lesson as its author wrote it in {@code solution:}, {@code setup:} or a {@code wrong:} attempt:
 * a leading {@code !} marks a command expected to fail (its exit status is not checked, and it is never tried
 * again), and the command run is what follows the {@code !}. Every reader of those lists parses them here, so the
 * convention has one definition.
 *
 * <pre>{@code
 * SolutionCommand c = SolutionCommand.parse("!docker rm web");
 * c.mayFail();  // true
 * c.text();     // "docker rm web"
 * }</pre>
 *
 * @param text    the command to run, without the {@code !}
 * @param mayFail whether the author marked it as expected to fail
 */
public record SolutionCommand(String text, boolean mayFail) {
    /** Commands that only read state another moment may change: {@code curl}, {@code docker logs|ps|inspect|port}, {@code $(...)}. */
    private static final Pattern READS_STATE = Pattern.compile(
            "^\\s*(curl\\b|docker\\s+(container\\s+)?(logs|ps|inspect|port)\\b)|\\$\\(");

    /** The command {@code written} in a lesson: {@code !command} may fail, anything else must succeed. */
    public static SolutionCommand parse(String written) {
        return written.startsWith("!") ? new SolutionCommand(written.substring(1).strip(), true)
                : new SolutionCommand(written, false);
    }

    /**
     * True for a command that only reads state a real engine may still be changing ({@code curl}, {@code docker
     * logs|ps|inspect|port}, or one whose arguments come from {@code $(...)}): a learner who looks again a second
     * later may see it succeed.
     */
    public boolean readsState() {
        return READS_STATE.matcher(text).find();
    }
}
