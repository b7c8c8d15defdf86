package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.engine.ProgressEvent;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints a progress stream the way the docker CLI's jsonmessage display does. Not on a terminal, every status
 * line is printed as it comes and lines that only carry a progress bar are skipped; on a terminal, each layer
 * keeps one line that is rewritten in place (cursor movements), with bars like Docker's.
 */
public final class ProgressDisplay implements Consumer<ProgressEvent> {
    private final PrintStream out;
    private final boolean terminal;
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    public ProgressDisplay(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void accept(ProgressEvent e) {
        if (!terminal) {
            if (e.hasProgress()) {
                return;
            }
            out.println(e.id().isEmpty() ? e.status() : e.id() + ": " + e.status());
            return;
        }
        if (e.id().isEmpty()) {
            out.println(e.status());
            lines.clear();
            return;
        }
        Integer line = lines.get(e.id());
        String text = e.id() + ": " + e.status() + (e.hasProgress() ? " " + bar(e) : "");
        if (line == null) {
            lines.put(e.id(), lines.size());
            out.print(text + "\n");
            return;
        }
        int up = lines.size() - line;
        out.print("\u001b[" + up + "A\u001b[2K\r" + text + "\u001b[" + up + "B\r");
    }

    /** Ends the display; nothing is buffered, so there is nothing to flush but the stream. */
    public void finish() {
        out.flush();
    }

    /** {@code [=====>      ]  12.3MB/45.6MB}, as jsonmessage's progress bar. */
    static String bar(ProgressEvent e) {
        if (e.total() <= 0) {
            return size(e.current());
        }
        int width = 50;
        int filled = (int) Math.min(width, width * e.current() / e.total());
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 && filled < width ? ">" : filled == width ? "=" : "")
                + " ".repeat(width - filled);
        return "[" + bar + "]  " + size(e.current()) + "/" + size(e.total());
    }

    /**
     * {@code units.HumanSize} of a byte count, remembered: a pull's bars print the same few hundred sizes for every
     * learner who pulls that image, and Go's {@code %.3g} through BigDecimal was a fifth of a paced pull's processor.
     */
    static String size(long bytes) {
        String known = SIZES.get(bytes);
        if (known != null) {
            return known;
        }
        String made = GoUnits.humanSize(bytes);
        if (SIZES.size() >= SIZES_KEPT) {
            SIZES.clear();  // a bound, not a policy: the sizes come back in the next pulls
        }
        SIZES.put(bytes, made);
        return made;
    }

    private static final int SIZES_KEPT = 16_384;
    private static final Map<Long, String> SIZES = new java.util.concurrent.ConcurrentHashMap<>();
}
