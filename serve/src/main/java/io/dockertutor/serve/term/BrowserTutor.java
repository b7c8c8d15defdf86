package io.dockertutor.serve.term;

import io.dockertutor.tutor.repl.Repl;
import io.dockertutor.tutor.repl.ReplSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.LineDisciplineTerminal;

/**
 * One learner's tutor, running on the server: the tutor's own {@link Repl} on its own thread, on a JLine terminal
 * with a line discipline (echo, Ctrl-C as SIGINT, UTF-8) whose keyboard is what the browser sends ({@link #type}) and
 * whose screen goes to every attached viewer (the learner's page, the teacher's read-only view). It outlives its
 * sockets: a reloaded page attaches again and is shown the last screen.
 *
 * <pre>{@code
 * BrowserTutor s = BrowserTutor.start("ada", settings, 100, 30, ended -> sessions.remove(ended));
 * s.attach(bytes -> socket.send(bytes));
 * s.type("start\r".getBytes(UTF_8));
 * }</pre>
 */
public final class BrowserTutor {
    private final String learnerId;
    private final LineDisciplineTerminal terminal;
    private final ScreenOutput screen;
    private final InputLimits limits = new InputLimits();
    private final ServeText messages;
    private final Thread thread;
    private final List<Runnable> endListeners = new CopyOnWriteArrayList<>();
    private volatile long lastActivity = System.currentTimeMillis();

    private BrowserTutor(String learnerId, ReplSettings settings, int columns, int rows, Consumer<BrowserTutor> ended)
            throws IOException {
        this.learnerId = learnerId;
        this.messages = new ServeText(settings.locale());
        this.screen = new ScreenOutput(() -> notice("limit.output"));
        this.terminal = new BrowserTerminal("docker-tutor serve", screen);
        terminal.setSize(new Size(columns, rows));
        this.thread = new Thread(() -> run(settings, ended), "learner-" + learnerId);
        thread.setDaemon(true);
    }

    /** Starts the learner's tutor; {@code ended} is told when it stops (the learner typed {@code exit}, or it was closed). */
    public static BrowserTutor start(String learnerId, ReplSettings settings, int columns, int rows,
                                       Consumer<BrowserTutor> ended) throws IOException {
        BrowserTutor session = new BrowserTutor(learnerId, settings, columns, rows, ended);
        session.thread.start();
        return session;
    }

    private void run(ReplSettings settings, Consumer<BrowserTutor> ended) {
        try {
            // No host environment: nothing of the server's (DOCKER_HOST, HOME, ...) reaches the learner's session.
            new Repl(terminal, settings, Map.of()).run();
        } catch (IOException | RuntimeException e) {
            notice("session.failed", String.valueOf(e.getMessage()));
        } finally {
            screen.drain();
            ended.accept(this);
            endListeners.forEach(Runnable::run);
        }
    }

    /** Tells {@code listener} when the tutor has stopped (at once if it has). */
    public void onEnd(Runnable listener) {
        endListeners.add(listener);
        if (!thread.isAlive() && endListeners.remove(listener)) {
            listener.run();
        }
    }

    /** Stops telling {@code listener}. */
    public void removeEndListener(Runnable listener) {
        endListeners.remove(listener);
    }

    public String learnerId() {
        return learnerId;
    }

    /** Keys from the learner's browser, within the {@link InputLimits}. */
    public void type(byte[] keys) throws IOException {
        lastActivity = System.currentTimeMillis();
        InputLimits.Filtered filtered = limits.filter(keys);
        for (InputLimits.Limit limit : filtered.reached()) {
            notice(limit == InputLimits.Limit.LINE_LENGTH ? "limit.line" : "limit.commands",
                    String.valueOf(limit == InputLimits.Limit.LINE_LENGTH ? InputLimits.MAX_LINE_BYTES : InputLimits.LINES_PER_SECOND));
        }
        if (filtered.keys().length > 0) {
            terminal.processInputBytes(filtered.keys());
        }
    }

    /** The browser's terminal changed size: JLine redraws the line as on a real terminal's SIGWINCH. */
    public void resize(int columns, int rows) {
        if (columns < 2 || rows < 2 || columns > 1000 || rows > 500) {
            return;
        }
        terminal.setSize(new Size(columns, rows));
        terminal.raise(Terminal.Signal.WINCH);
    }

    /** The terminal's size now. */
    Size size() {
        return terminal.getSize();
    }

    /** Adds a viewer of the screen; it is sent the last screen first, then what the tutor prints. */
    public void attach(Consumer<byte[]> viewer) {
        lastActivity = System.currentTimeMillis();
        screen.attach(viewer);
    }

    public void detach(Consumer<byte[]> viewer) {
        lastActivity = System.currentTimeMillis();
        screen.detach(viewer);
    }

    /** Whether nobody watches and nothing was typed since {@code millis} (epoch milliseconds). */
    public boolean idleSince(long millis) {
        return screen.viewers() == 0 && lastActivity < millis;
    }

    /** When the learner last typed or a page attached (epoch milliseconds). */
    public long lastActivity() {
        return lastActivity;
    }

    public boolean running() {
        return thread.isAlive();
    }

    /** Sends what the REPL wrote without flushing. */
    void drain() {
        screen.drain();
    }

    /** Ends the tutor as Ctrl-D would (progress saved on the way out) and waits a little for it. */
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // Closing a terminal on in-memory streams does not fail in a way worth reporting.
        }
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void notice(String key, Object... args) {
        String text = messages.get(key, args);
        screen.notice(("\r\n\u001b[33m[docker-tutor] " + text + "\u001b[0m\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
