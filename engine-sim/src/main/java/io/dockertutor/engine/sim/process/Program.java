package io.dockertutor.engine.sim.process;

import io.dockertutor.engine.HostNetwork;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A process model: the container's PID 1. {@link #start} says what it printed and whether it already ended;
 * a program that keeps running answers signals and, if it is a server, HTTP requests on its ports.
 */
public interface Program {

    /** What happened when the process started: its output so far and, for programs that end by themselves, the exit code. */
    record Started(List<Line> output, OptionalInt exitCode) {
        public static Started running(List<Line> output) {
            return new Started(output, OptionalInt.empty());
        }

        public static Started exited(List<Line> output, int code) {
            return new Started(output, OptionalInt.of(code));
        }
    }

    /** One line written on stdout or stderr (without its newline). */
    record Line(boolean stderr, String text) {
        public static Line out(String text) {
            return new Line(false, text);
        }

        public static Line err(String text) {
            return new Line(true, text);
        }
    }

    /** A line a running program printed later, with the time it printed it. */
    record TimedLine(java.time.Instant at, Line line) {
    }

    /** What a signal did: the exit code when the process ended, and lines it printed on the way. */
    record SignalOutcome(OptionalInt exitCode, List<Line> output) {
        public static SignalOutcome ignored() {
            return new SignalOutcome(OptionalInt.empty(), List.of());
        }

        public static SignalOutcome exit(int code, List<Line> output) {
            return new SignalOutcome(OptionalInt.of(code), output);
        }
    }

    Started start(ProgramContext ctx);

    /** Delivers a signal ({@code SIGTERM}, {@code SIGQUIT}, {@code SIGKILL}, ...) to the running process. */
    default SignalOutcome signal(String signal, ProgramContext ctx) {
        return Signals.defaultAction(signal, true);
    }

    /** The ports (container side, tcp) it listens on while running. */
    default List<Integer> listening() {
        return List.of();
    }

    /** Answers an HTTP request that reached {@code port}; empty when nothing listens there. */
    default Optional<HostNetwork.HttpResponse> http(int port, HostNetwork.HttpRequest request, String clientIp,
                                                     ProgramContext ctx, List<Line> log) {
        return Optional.empty();
    }

    /**
     * The lines a running program printed since it started or since the last call, as far as the context's clock
     * has come (a logging loop); asked before its logs are read. Most programs print only at start.
     */
    default List<TimedLine> advance(ProgramContext ctx) {
        return List.of();
    }

    /**
     * For a program whose end is already known but still ahead ({@code sh -c 'sleep 2; echo done'}): what it prints
     * and its status when someone waits for it ({@code docker attach}, {@code docker wait}, a foreground run), the
     * simulator's way of letting that time pass. Empty for programs that end at start or never end by themselves.
     */
    default Optional<Started> runToEnd(ProgramContext ctx) {
        return Optional.empty();
    }

    /** The processes {@code docker top} lists for it: the command lines, PID 1 first. */
    List<String> processes();

    /** A copy for snapshots; programs without state may return themselves. */
    default Program copy() {
        return this;
    }
}
