package io.dockertutor.engine.sim.process;

import java.util.List;

/** A process that prints an error and ends at once, such as an entrypoint script whose {@code exec} finds nothing. */
final class Failing implements Program {
    private final List<String> argv;
    private final List<Line> output;
    private final int code;

    Failing(List<String> argv, List<Line> output, int code) {
        this.argv = List.copyOf(argv);
        this.output = List.copyOf(output);
        this.code = code;
    }

    @Override
    public Started start(ProgramContext ctx) {
        return Started.exited(output, code);
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
