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

    public BatchRunner(Interpreter interpreter, PrintStream out, PrintStream err, boolean transcript) {
        this.interpreter = interpreter;
        this.out = out;
        this.err = transcript ? out : err;
        this.transcript = transcript;
    }

    /** Runs every command of {@code script}; answers the last command's exit status. */
    public int run(String script) {
        List<String> commands = ShellSyntax.splitCommands(script);
        int status = 0;
        for (String command : commands) {
            if (transcript) {
                out.print("$ " + command + (command.endsWith("\n") ? "" : "\n"));
            }
            status = interpreter.run(command, new ByteArrayInputStream(new byte[0]), out, err);
            out.flush();
            err.flush();
            if (transcript && status != 0) {
                out.println("[exit " + status + "]");
            }
            if (interpreter.shell().hasExited()) {
                return interpreter.shell().exitStatus();
            }
        }
        return status;
    }
}
