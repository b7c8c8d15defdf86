package io.dockertutor.tutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.OSUtils;

/**
 * The process's terminal, opened through JLine's own native library alone. Left to choose, JLine loads every
 * terminal provider it ships and asks each whether the output is a terminal: the JNA one loads JNA, which runs
 * {@code ldconfig -p}, and the exec one runs {@code test -t 1}; two child processes that took a third of the
 * start-up before the first prompt. Only when the native library cannot serve a real terminal (a platform it was not
 * built for) does JLine choose among all of them, as it would have.
 */
final class SystemTerminal {
    /** The terminfo text for the terminal being built, handed to its constructor's {@code parseInfoCmp}. */
    private static final ThreadLocal<String> CAPABILITIES = new ThreadLocal<>();

    private SystemTerminal() {
    }

    /** The terminal the learner types at; a dumb one when there is none (a pipe, a CI job). */
    static Terminal open() throws IOException {
        Terminal fast = posixTerminal();
        if (fast != null) {
            return fast;
        }
        Terminal terminal = builder().provider(TerminalBuilder.PROP_PROVIDER_JNI).build();
        if (terminal.getType().startsWith(Terminal.TYPE_DUMB) && System.console() != null) {
            terminal.close();
            terminal = builder().build();
        }
        return terminal;
    }

    /**
     * The common case, built as JLine's builder builds it (its JNI provider, standard input and output both a
     * terminal, {@code TERM} naming a terminal JLine knows) but reading the terminfo entry with {@link Terminfo};
     * null when the case is not that one, or anything in it fails: then JLine's builder decides, as before.
     */
    private static Terminal posixTerminal() {
        String type = System.getProperty(TerminalBuilder.PROP_TYPE, System.getenv("TERM"));
        if (OSUtils.IS_WINDOWS || type == null || type.startsWith(Terminal.TYPE_DUMB)
                || System.getProperty(TerminalBuilder.PROP_PROVIDER) != null) {
            return null;
        }
        try {
            JniTerminalProvider provider = new JniTerminalProvider();
            String capabilities = Terminfo.bundled(type);
            if (capabilities == null || !provider.isSystemStream(SystemStream.Input)
                    || !provider.isSystemStream(SystemStream.Output)) {
                return null;
            }
            CAPABILITIES.set(capabilities);
            try {
                return new FastTerminfoTerminal(type, provider.current(SystemStream.Output));
            } finally {
                CAPABILITIES.remove();
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** JLine's system terminal, with its capabilities read by {@link Terminfo}. */
    private static final class FastTerminfoTerminal extends PosixSysTerminal {
        FastTerminfoTerminal(String type, Pty pty) throws IOException {
            // As the builder: its default name, native signals on, and the signal handler set below.
            super("JLine terminal", type, pty, StandardCharsets.UTF_8, true, Terminal.SignalHandler.SIG_IGN);
        }

        @Override
        protected void parseInfoCmp() {
            // Called by the superclass's constructor, before this class's fields exist: the text comes aside.
            String capabilities = CAPABILITIES.get();
            if (capabilities == null || !Terminfo.parse(capabilities, bools, ints, strings)) {
                bools.clear();
                ints.clear();
                strings.clear();
                super.parseInfoCmp();
            }
        }
    }

    private static TerminalBuilder builder() {
        // dumb(true): with no terminal JLine falls back to a dumb one instead of warning about it.
        return TerminalBuilder.builder().system(true).dumb(true).encoding(StandardCharsets.UTF_8)
                .signalHandler(Terminal.SignalHandler.SIG_IGN);
    }
}
