package io.dockertutor.cli;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * A learner's session on the simulated engine with the default catalog, for tests that type command lines and read
 * what the last one printed: {@code int status = s.run("docker ps"); s.stdout(); s.stderr();}.
 */
final class SimulatedSession {
    private final Interpreter tutor;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    SimulatedSession(Path workspace) {
        tutor = new Interpreter(SimulatedEngine.withDefaultCatalog(), workspace, Locale.ENGLISH, Clock.systemUTC());
    }

    /** A session on {@code clock} whose bind mounts and builds reach {@code workspace}. */
    SimulatedSession(Path workspace, Clock clock) {
        SimulatedEngine engine = new SimulatedEngine(new io.dockertutor.engine.sim.catalog.CatalogLoader().loadDefault(), clock);
        engine.hostRoot(workspace);
        tutor = new Interpreter(engine, workspace, Locale.ENGLISH, clock);
    }

    /** A session in {@code workspace} that has pulled busybox, as most container tests begin. */
    static SimulatedSession withBusybox(Path workspace) {
        SimulatedSession session = new SimulatedSession(workspace);
        session.run("docker pull -q busybox");
        return session;
    }

    /** What a command line printed, standard output and error in the order written, and its exit status. */
    record Printed(int status, String out) {
    }

    /** Runs {@code line} with standard output and error on one stream, as a terminal shows them. */
    Printed both(String line) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = tutor.run(line, new ByteArrayInputStream(new byte[0]), bytes, bytes);
        return new Printed(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code line} with an empty standard input; answers its exit status. */
    int run(String line) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return tutor.run(line, new ByteArrayInputStream(new byte[0]), out, err);
    }

    /** Runs {@code line} and answers what it printed, standard output then error, and {@code [exit N]}. */
    String transcript(String line) {
        int rc = run(line);
        return stdout() + stderr() + "[exit " + rc + "]";
    }

    /** Runs {@code line} and answers what it printed on standard output. */
    String output(String line) {
        run(line);
        return stdout();
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    Interpreter interpreter() {
        return tutor;
    }
}
