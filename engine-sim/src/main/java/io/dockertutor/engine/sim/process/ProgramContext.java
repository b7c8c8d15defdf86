package io.dockertutor.engine.sim.process;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a program can see of its container: environment, files, time, and a way to run other commands in it. */
public interface ProgramContext {
    Map<String, String> env();

    String hostname();

    Instant now();

    /** The content of a file in the container (through its mounts), or empty when there is none. */
    Optional<byte[]> readFile(String path);

    /** The modification time of a file in the container, when it exists. */
    Optional<Instant> modified(String path);

    /** Whether {@code name} resolves to an executable on the container's PATH (or is an existing absolute path). */
    boolean executable(String name);

    /** Runs a command line the way the container's {@code sh} would, for one-shot programs; answers the exit status. */
    int run(List<String> argv, OutputStream out, OutputStream err);

    /** Whether the container got a terminal ({@code -t}) or an open standard input ({@code -i}). */
    boolean tty();

    boolean openStdin();
}
