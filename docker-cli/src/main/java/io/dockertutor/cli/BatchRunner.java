package io.dockertutor.cli;

import io.dockertutor.sh.ShellSyntax;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs a script of learner commands in order through one {@link Interpreter}, printing what a terminal would
 * show. With a transcript, each command is first echoed as {@code $ } and the command exactly as written, and a
 * command that fails is followed by {@code [exit N]}; both streams then share one output, in order.
 *
 * <pre>{@code
 * int last = new BatchRunner(interpreter, System.out, System.err, true).run("docker pull nginx\ndocker images\n");
 * }</pre>
 */
public final class BatchRunner {
    private final Interpreter interpreter;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean transcript;
    private java.util.function.Predicate<String> pausesBefore = command -> false;
    private java.time.Duration pause = java.time.Duration.ZERO;

    public BatchRunner(Interpreter interpreter, PrintStream out, PrintStream err, boolean transcript) {
        this.interpreter = interpreter;
        this.out = out;
        this.err = transcript ? out : err;
        this.transcript = transcript;
    }

    /** Passes bytes through, remembering the last one: a transcript line never starts mid-line. */
    private static final class LastByte extends java.io.FilterOutputStream {
        int last = -1;

        LastByte(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws java.io.IOException {
            out.write(b);
            last = b & 0xff;
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
            if (len > 0) {
                last = b[off + len - 1] & 0xff;
            }
        }
    }

    /**
     * Waits {@code pause} before each command {@code commands} matches, as a person typing it would: on a real engine
     * a server the previous command started is listening by then (the simulator needs no pause).
     */
    public BatchRunner pausingBefore(java.util.function.Predicate<String> commands, java.time.Duration pause) {
        this.pausesBefore = commands;
        this.pause = pause;
        return this;
    }

    /** Runs every command of {@code script}; answers the last command's exit status. */
    public int run(String script) {
        List<String> commands = ShellSyntax.splitCommands(script);
        int status = 0;
        for (String command : commands) {
            if (pausesBefore.test(command) && !pauseFor(pause)) {
                return status;
            }
            if (transcript) {
                out.print("$ " + command + (command.endsWith("\n") ? "" : "\n"));
            }
            LastByte tracked = new LastByte(out);
            PrintStream cmdOut = new PrintStream(tracked, true, java.nio.charset.StandardCharsets.UTF_8);
            status = interpreter.run(command, new ByteArrayInputStream(new byte[0]), cmdOut, transcript ? cmdOut : err);
            cmdOut.flush();
            err.flush();
            if (transcript && tracked.last >= 0 && tracked.last != '\n') {
                out.println();
            }
            if (transcript && status != 0) {
                out.println("[exit " + status + "]");
            }
            if (interpreter.shell().hasExited()) {
                return interpreter.shell().exitStatus();
            }
        }
        return status;
    }

    private static boolean pauseFor(java.time.Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
