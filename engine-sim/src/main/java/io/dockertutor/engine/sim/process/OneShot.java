package io.dockertutor.engine.sim.process;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A program that does its work and ends ({@code echo}, {@code ls}, {@code sh -c '...; exit 3'}): it runs at
 * start through the container's shell, and its output and exit status become the container's.
 */
final class OneShot implements Program {
    private final List<String> argv;

    OneShot(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    @Override
    public Started start(ProgramContext ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ctx.run(argv, out, err);
        List<Line> lines = new ArrayList<>();
        lines(out, false, lines);
        lines(err, true, lines);
        return Started.exited(lines, code);
    }

    /** A program's captured output as log lines of one stream (a last newline ends the last line, adds none). */
    static void lines(ByteArrayOutputStream bytes, boolean stderr, List<Line> into) {
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return;
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String line : text.split("\n", -1)) {
            into.add(new Line(stderr, line));
        }
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
