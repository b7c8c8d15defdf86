package io.dockertutor.tutor.repl;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;

/**
 * JLine's line reader, minus the redraw after each character while more typed-ahead input is waiting. JLine
 * redraws the whole buffer after every key, which costs time proportional to the buffer: a 40 KB line pasted
 * into a terminal without bracketed paste took minutes, a 300-line here-document tens of seconds. Skipping the
 * redraws that the next character would overwrite anyway makes a paste cost one redraw; when the input pauses
 * (the paste is in, or the learner is typing) the reader draws as before, and a finished line is always drawn.
 * It also runs a task once, when the first prompt is on the screen ({@link #onFirstPrompt}).
 */
public final class PasteAwareLineReader extends LineReaderImpl {
    private Runnable onFirstPrompt;
    /**
     * The process's standard input when the terminal reads it (the learner's real terminal), asked how many bytes
     * wait unread; null for any other terminal (the tests' piped ones), which is peeked at instead.
     */
    private final InputStream systemInput;

    /** As {@link LineReaderImpl}'s constructor; public for the benchmark that compares the two readers. */
    public PasteAwareLineReader(Terminal terminal, String appName, Map<String, Object> variables) {
        // Never closed: closing it would close the process's standard input.
        this(terminal, appName, variables,
                terminal instanceof PosixSysTerminal ? new FileInputStream(FileDescriptor.in) : null);
    }

    /** With the stream asked how many bytes wait unread before a peek ({@code null}: always peek). */
    PasteAwareLineReader(Terminal terminal, String appName, Map<String, Object> variables, InputStream systemInput) {
        super(terminal, appName, variables);
        this.systemInput = systemInput;
    }

    /**
     * Runs {@code task} once, when the reader first waits for a key: the prompt is drawn and flushed by then, so
     * work started here no longer delays it.
     */
    void onFirstPrompt(Runnable task) {
        this.onFirstPrompt = task;
    }

    @Override
    public Binding readBinding(KeyMap<Binding> keys, KeyMap<Binding> local) {
        Runnable task = onFirstPrompt;
        if (task != null) {
            onFirstPrompt = null;
            task.run();
        }
        return super.readBinding(keys, local);
    }

    @Override
    protected void redisplay(boolean flush) {
        if (reading && state == State.NORMAL && typedAhead()) {
            return;
        }
        super.redisplay(flush);
    }

    /**
     * Whether a character is already waiting; {@code peekCharacter} answers at once when one is buffered. On a real
     * terminal the operating system is asked first: JLine's terminal waits for input in steps of a tenth of a
     * second (the terminal's VTIME), so a peek with nothing typed held every redraw, the first prompt's too, for
     * 100 ms. A character JLine holds already while none waits in the terminal costs at most one redraw more.
     */
    private boolean typedAhead() {
        if (systemInput != null) {
            try {
                if (systemInput.available() <= 0) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return bindingReader.peekCharacter(1) >= 0;
    }
}
