package io.dockertutor.engine.sim.process;

import java.util.List;

/**
 * A process that runs until it is stopped and has no signal handlers: {@code sleep 3600}, {@code tail -f /dev/null},
 * an interactive shell, {@code cat} with an open stdin. As PID 1 it ignores SIGTERM, so {@code docker stop}
 * kills it after the timeout and it ends with 137.
 */
final class Idle implements Program {
    private final List<String> argv;

    Idle(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    @Override
    public Started start(ProgramContext ctx) {
        return Started.running(List.of());
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
