package io.dockertutor.shell;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.sh.ShellSyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A plain line-by-line practice shell on standard input: prompt, read (continuing unfinished lines and
 * here-documents), run. The JLine REPL with lessons replaces it; this keeps {@code ./docker-tutor} useful meanwhile.
 */
final class LineShell {
    private final SessionOptions options;
    private final Locale locale;

    LineShell(SessionOptions options, Locale locale) {
        this.options = options;
        this.locale = locale;
    }

    int run() throws IOException {
        Messages messages = new Messages(locale);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Interpreter interpreter;
        try {
            interpreter = options.interpreter(locale);
        } catch (SessionOptions.SessionException e) {
            err.println(e.getMessage());
            return 1;
        }
        boolean terminal = System.console() != null;
        interpreter.terminal(terminal);
        if (terminal) {
            out.println(messages.get("repl.welcome", VersionProvider.version()));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder pending = new StringBuilder();
        int status = 0;
        while (true) {
            if (terminal) {
                out.print(pending.length() == 0 ? "$ " : "> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            pending.append(line).append('\n');
            if (!ShellSyntax.isComplete(pending.toString())) {
                continue;
            }
            status = interpreter.run(pending.toString(), java.io.InputStream.nullInputStream(), out, err);
            pending.setLength(0);
            if (interpreter.shell().hasExited()) {
                return interpreter.shell().exitStatus();
            }
        }
        return status;
    }

}
