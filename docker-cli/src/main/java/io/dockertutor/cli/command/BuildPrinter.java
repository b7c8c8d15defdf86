package io.dockertutor.cli.command;

import io.dockertutor.engine.BuildFailure;
import io.dockertutor.engine.BuildStep;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * BuildKit's plain progress output ({@code --progress=plain}, and what a non-terminal gets): one block per vertex,
 * {@code #N name}, its lines, then {@code #N DONE 0.1s}, {@code #N CACHED} or {@code #N ERROR: ...}, and a blank
 * line; at the end the client's warning summary and, for a failed build, the excerpt of the Dockerfile.
 */
final class BuildPrinter implements Consumer<BuildStep> {
    private final PrintStream err;
    private final boolean quiet;
    private final List<String> warnings = new ArrayList<>();
    private BuildStep failed;

    BuildPrinter(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        if (!quiet) {
            err.print("#0 building with \"default\" instance using docker driver\n\n");
        }
    }

    @Override
    public void accept(BuildStep step) {
        for (String line : step.output()) {
            if (line.startsWith("WARN: ")) {
                warnings.add(line.substring(6));
            }
        }
        if (step.error() != null) {
            failed = step;
        }
        if (quiet) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        String n = "#" + step.number();
        sb.append(n).append(' ').append(step.name()).append('\n');
        for (String line : step.output()) {
            sb.append(n).append(' ').append(line).append('\n');
        }
        if (step.error() != null) {
            sb.append(n).append(" ERROR: ").append(step.error()).append('\n');
        } else if (step.cached()) {
            sb.append(n).append(" CACHED\n\n");
        } else {
            sb.append(n).append(String.format(Locale.ROOT, " DONE %.1fs", step.seconds())).append("\n\n");
        }
        err.print(sb);
    }

    /** The warning summary buildx prints after a build. */
    void finish() {
        if (quiet || warnings.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("\n ").append(warnings.size() == 1 ? "1 warning found" : warnings.size() + " warnings found")
                .append(" (use docker --debug to expand):\n");
        warnings.forEach(w -> sb.append(" - ").append(w).append('\n'));
        err.print(sb);
    }

    /** What buildx prints for a failed build: the failed vertex's log, the Dockerfile excerpt, the error. */
    void failure(BuildFailure f) {
        StringBuilder sb = new StringBuilder();
        if (failed != null) {
            sb.append("------\n > ").append(failed.name()).append(":\n");
            failed.output().stream().filter(l -> !l.startsWith("WARN: ")).forEach(l -> sb.append(l).append('\n'));
            sb.append("------\n");
        }
        sb.append(excerpt(f));
        err.print(sb);
        finish();
        err.print("ERROR: failed to build: failed to solve: " + f.getMessage() + "\n");
    }

    /** BuildKit's {@code errdefs.Source.Print}: the failing lines with up to two lines of context each side. */
    static String excerpt(BuildFailure f) {
        if (f.startLine() <= 0 || f.dockerfile().isEmpty()) {
            return "";
        }
        String[] lines = f.dockerfile().split("\n", -1);
        int start = f.startLine();
        int end = Math.max(f.endLine(), start);
        if (start > lines.length) {
            return "";
        }
        end = Math.min(end, lines.length);
        int pad = end == start ? 4 : 2;
        int p = 0;
        int first = start;
        int last = end;
        while (p < pad) {
            if (first > 1) {
                first--;
                p++;
            }
            if (last != lines.length) {
                last++;
                p++;
            }
            p++;
        }
        StringBuilder sb = new StringBuilder(f.dockerfileName()).append(':').append(start).append("\n--------------------\n");
        for (int i = first; i <= last; i++) {
            String pfx = i >= start && i <= end ? ">>>" : "   ";
            sb.append(String.format(Locale.ROOT, " %3d | %s %s\n", i, pfx, lines[i - 1]));
        }
        return sb.append("--------------------\n").toString();
    }
}
