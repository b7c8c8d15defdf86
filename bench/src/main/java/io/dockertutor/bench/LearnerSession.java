package io.dockertutor.bench;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.Engine;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.engines.CannotOpenEngine;
import io.dockertutor.tutor.engines.EngineFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One learner's session as the shell builds it: the default catalog, a simulated engine, an interpreter over a
 * temporary workspace. {@link #run} is the measured path (output discarded through a {@link PrintStream}, as a
 * terminal's would be); {@link #expect} is the setup-time check that a command really works, so that a command
 * which fails fast can never pass for a fast command.
 *
 * <pre>{@code
 * LearnerSession s = LearnerSession.open();
 * s.expect("docker pull busybox", "Status: Downloaded newer image for busybox:latest");
 * int status = s.run("docker images");
 * s.close();
 * }</pre>
 */
public final class LearnerSession implements AutoCloseable {
    /** Where measured output goes: a print stream over nothing, so formatting and encoding still happen. */
    public static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

    private final Path workspace;
    private final Interpreter interpreter;

    private LearnerSession(Path workspace, Interpreter interpreter) {
        this.workspace = workspace;
        this.interpreter = interpreter;
    }

    /** A fresh engine and interpreter over a new temporary workspace. */
    public static LearnerSession open() {
        try {
            Path workspace = Files.createTempDirectory("docker-tutor-bench");
            return new LearnerSession(workspace, newInterpreter(workspace));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What starting a session costs: catalog load, engine, interpreter (the workspace already exists). */
    public static Interpreter newInterpreter(Path workspace) {
        try {
            Engine engine = EngineFactory.standard(null, Locale.ENGLISH, Map.of())
                    .open(EngineFactory.SIMULATED, workspace, new TutorMessages(Locale.ENGLISH));
            return new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
        } catch (CannotOpenEngine e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** Runs one command line with its output discarded; answers its exit status. */
    public int run(String commandLine) {
        return interpreter.run(commandLine, InputStream.nullInputStream(), DISCARD, DISCARD);
    }

    /**
     * Runs one command line and fails loudly unless it exits 0 and its standard output contains every fragment;
     * answers the output.
     */
    public String expect(String commandLine, String... fragments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = interpreter.run(commandLine, InputStream.nullInputStream(), out, err);
        String stdout = out.toString(StandardCharsets.UTF_8);
        if (status != 0) {
            throw new IllegalStateException("`" + commandLine + "` exited " + status + "\nstdout:\n" + stdout
                    + "stderr:\n" + err.toString(StandardCharsets.UTF_8));
        }
        for (String fragment : fragments) {
            if (!stdout.contains(fragment)) {
                throw new IllegalStateException("`" + commandLine + "` did not print \"" + fragment + "\"\nstdout:\n" + stdout);
            }
        }
        return stdout;
    }

    /**
     * Fails loudly unless {@code docker images} output has a row for each {@code "repo tag"} pair; the column
     * widths follow the longest name, so rows are matched on words, not on spacing.
     */
    public static void expectRows(String imagesOutput, String... repoSpaceTag) {
        for (String row : repoSpaceTag) {
            String[] words = row.split(" ");
            if (countMatches(imagesOutput, imageRow(words[0], words[1])) != 1) {
                throw new IllegalStateException("`docker images` has no single row " + row + ":\n" + imagesOutput);
            }
        }
    }

    /** A pattern for one {@code docker images} row, for counting rows in a transcript. */
    public static Pattern imageRow(String repository, String tag) {
        return Pattern.compile("(?m)^" + Pattern.quote(repository) + " +" + Pattern.quote(tag) + " ");
    }

    public static int countMatches(String text, Pattern pattern) {
        return (int) pattern.matcher(text).results().count();
    }

    /** Pulls the images the command benchmarks work on, checking each pull. */
    public LearnerSession withImages(String... references) {
        for (String ref : references) {
            expect("docker pull " + ref, "Status: Downloaded newer image for ");
        }
        return this;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
