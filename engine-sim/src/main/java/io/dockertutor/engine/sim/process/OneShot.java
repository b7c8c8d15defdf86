package io.dockertutor.engine.sim.process;

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
        InterleavedLines output = new InterleavedLines();
        int code = ctx.run(argv, output.out(), output.err());
        return Started.exited(output.lines(), code);
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
