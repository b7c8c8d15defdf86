package io.dockertutor.tutor.repl;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.engines.EngineFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Runs the REPL over a dumb terminal on piped streams, as JLine's own ReaderTestSupport does: the learner's
 * keystrokes are bytes in, the screen is bytes out. One state directory per test, kept across {@link #type} calls so
 * a second session sees the first one's progress.
 */
final class ReplSession {
    final Path state;
    private Locale locale = Locale.ENGLISH;
    private Map<String, String> env = Map.of();
    private String engine = "sim";
    private String terminalType = Terminal.TYPE_DUMB;
    private java.util.function.Consumer<EngineFactory> engines = e -> { };
    private Path workspace;
    private Path lessons;
    private java.util.function.Supplier<LessonLibrary> library;
    /** Wide enough that no message of the tutor's wraps (lesson text wraps at 100 all the same): tests read whole lines. */
    private int columns = 1000;
    private boolean lineDiscipline;
    private long interruptAfterMillis = -1;
    private Hosting hosting;

    ReplSession(Path state) {
        this.state = state;
    }

    ReplSession locale(Locale locale) {
        this.locale = locale;
        return this;
    }

    ReplSession env(Map<String, String> env) {
        this.env = env;
        return this;
    }

    /** The engine the session starts on ({@code --engine}). */
    ReplSession engine(String name) {
        this.engine = name;
        return this;
    }

    /** Changes the engines before each session starts (a stand-in for the real one). */
    ReplSession engines(java.util.function.Consumer<EngineFactory> adjust) {
        this.engines = adjust;
        return this;
    }

    /** The directory given with {@code --workspace} (free practice and lessons work there). */
    ReplSession workspace(Path dir) {
        this.workspace = dir;
        return this;
    }

    /** The lessons the tutor offers (the test fixtures unless told). */
    ReplSession lessons(java.util.function.Supplier<LessonLibrary> library) {
        this.library = library;
        return this;
    }

    /** The directory given with {@code --lessons} (its load problems are shown at start); else the fixture lessons. */
    ReplSession lessons(Path dir) {
        this.lessons = dir;
        return this;
    }

    /** The terminal's width in columns (1000 unless told: no message wraps). */
    ReplSession columns(int columns) {
        this.columns = columns;
        return this;
    }

    /** Any type but {@code dumb} makes the REPL behave as on a learner's terminal (it asks questions). */
    ReplSession terminalType(String type) {
        this.terminalType = type;
        return this;
    }

    /** Ctrl-C typed in the input becomes SIGINT, as a terminal's line discipline makes it (ISIG, VINTR = ^C). */
    ReplSession lineDiscipline() {
        this.lineDiscipline = true;
        return this;
    }

    /** Presses Ctrl-C (SIGINT from the terminal) once, this long after the session starts. */
    ReplSession interruptAfter(long millis) {
        this.interruptAfterMillis = millis;
        return this;
    }

    /** Who hosts the session and where its progress lives (the terminal tutor's progress file unless told). */
    ReplSession hosting(Hosting hosting) {
        this.hosting = hosting;
        return this;
    }

    /** Served to a browser as {@code docker-tutor serve} serves it ({@link Hosting#browser()}), progress in a file. */
    ReplSession browser() {
        this.hosting = new Hosting(true, () -> new io.dockertutor.tutor.progress.ProgressFile(state));
        return this;
    }

    static Path fixtureLessons() {
        try {
            return Path.of(ReplSession.class.getResource("/lessons").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the screen showed, and the REPL's exit status, for one session fed {@code input}. */
    record Result(String screen, int status) {
    }

    Result type(String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", terminalType,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new org.jline.terminal.Size(columns, 40));
            if (lineDiscipline) {
                org.jline.terminal.Attributes attributes = terminal.getAttributes();
                attributes.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true);
                attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VINTR, 3);
                terminal.setAttributes(attributes);
            }
            if (interruptAfterMillis >= 0) {
                Thread ctrlC = new Thread(() -> {
                    try {
                        Thread.sleep(interruptAfterMillis);
                        terminal.raise(Terminal.Signal.INT);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "test-ctrl-c");
                ctrlC.setDaemon(true);
                ctrlC.start();
            }
            Path from = lessons == null ? fixtureLessons() : lessons;
            java.util.function.Supplier<LessonLibrary> offered = library != null ? library : () -> library(from);
            ReplSettings settings = new ReplSettings(locale, engine, null, workspace, false, offered, state, lessons,
                    hosting != null ? hosting : Hosting.local(state));
            EngineFactory all = EngineFactory.standard(null, locale, env);
            engines.accept(all);
            int status = new Repl(terminal, settings, env, all).run();
            terminal.flush();
            return new Result(out.toString(StandardCharsets.UTF_8), status);
        }
    }

    private static LessonLibrary library(Path from) {
        try {
            return LessonLibrary.load(from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
