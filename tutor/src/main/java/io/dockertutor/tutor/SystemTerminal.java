package io.dockertutor.tutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The process's terminal, opened through JLine's own native library alone. Left to choose, JLine loads every
 * terminal provider it ships and asks each whether the output is a terminal: the JNA one loads JNA, which runs
 * {@code ldconfig -p}, and the exec one runs {@code test -t 1}; two child processes that took a third of the
 * start-up before the first prompt. Only when the native library cannot serve a real terminal (a platform it was not
 * built for) does JLine choose among all of them, as it would have.
 */
final class SystemTerminal {
    private SystemTerminal() {
    }

    /** The terminal the learner types at; a dumb one when there is none (a pipe, a CI job). */
    static Terminal open() throws IOException {
        Terminal terminal = builder().provider(TerminalBuilder.PROP_PROVIDER_JNI).build();
        if (terminal.getType().startsWith(Terminal.TYPE_DUMB) && System.console() != null) {
            terminal.close();
            terminal = builder().build();
        }
        return terminal;
    }

    private static TerminalBuilder builder() {
        // dumb(true): with no terminal JLine falls back to a dumb one instead of warning about it.
        return TerminalBuilder.builder().system(true).dumb(true).encoding(StandardCharsets.UTF_8)
                .signalHandler(Terminal.SignalHandler.SIG_IGN);
    }
}
