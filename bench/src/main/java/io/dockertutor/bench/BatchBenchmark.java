package io.dockertutor.bench;

import io.dockertutor.cli.BatchRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 1,000-command script through {@link BatchRunner} (target: below 100 ms): the ten lines of
 * {@code batch-cycle.txt} (pull of a present image, images, tag, rmi of that tag, history, inspect -f,
 * echo/grep pipelines) a hundred times. The script ends where it started, so one session serves every run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2) // a 30 ms op over many code paths: C2 needs about 15 s to settle
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Dfile.encoding=UTF-8"})
public class BatchBenchmark {
    static final int REPEATS = 100;

    private LearnerSession session;
    private String script;
    private String baseline;
    private long errorBytes;
    private BatchRunner runner;

    /** The benchmark script: the cycle file repeated {@value #REPEATS} times. */
    static String script() {
        try (InputStream in = BatchBenchmark.class.getResourceAsStream("batch-cycle.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).repeat(REPEATS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session every batch runs in: nginx:stable and busybox present, as the script expects. */
    static LearnerSession batchSession() {
        return LearnerSession.open().withImages("nginx:stable", "busybox");
    }

    @Setup(Level.Trial)
    public void setUp() {
        script = script();
        long lines = script.lines().count();
        if (lines != 1000) {
            throw new IllegalStateException("the batch has " + lines + " commands, not 1000");
        }
        session = batchSession();
        baseline = session.expect("docker images");
        verifyTranscript();
        PrintStream errors = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                errorBytes++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                errorBytes += len;
            }
        }, false, StandardCharsets.UTF_8);
        runner = new BatchRunner(session.interpreter(), LearnerSession.DISCARD, errors, false);
    }

    /** One transcript run, checked in bulk before anything is measured. */
    private void verifyTranscript() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = new BatchRunner(session.interpreter(), out, out, true).run(script);
        checkTranscript(status, buffer.toString(StandardCharsets.UTF_8));
        checkUnchanged();
    }

    /** Fails loudly unless no command of the script failed and every step printed what it should. */
    static void checkTranscript(int status, String transcript) {
        if (status != 0 || transcript.contains("[exit ")) {
            throw new IllegalStateException("a batch command failed:\n" + transcript);
        }
        expectCount(transcript, "Status: Image is up to date for nginx:stable", REPEATS);
        expectCount(transcript, "Untagged: learner/web:v1", REPEATS);
        int rows = LearnerSession.countMatches(transcript, LearnerSession.imageRow("learner/web", "v1"));
        if (rows != REPEATS) { // `docker images | grep learner` runs between the tag and its rmi
            throw new IllegalStateException("expected " + REPEATS + " learner/web:v1 rows, found " + rows);
        }
        expectCount(transcript, "\nsha256:", REPEATS);
        expectCount(transcript, "/bin/sh -c #(nop)  CMD [\"sh\"]", REPEATS);
        expectCount(transcript, "[\"sh\"]\n", REPEATS);
        expectCount(transcript, "\nhello docker\n", REPEATS);
        expectCount(transcript, "\nnginx:stable\n", REPEATS);
    }

    private static void expectCount(String transcript, String fragment, int expected) {
        int count = 0;
        for (int i = transcript.indexOf(fragment); i >= 0; i = transcript.indexOf(fragment, i + 1)) {
            count++;
        }
        if (count != expected) {
            throw new IllegalStateException("expected " + expected + " × \"" + fragment + "\" in the transcript, found "
                    + count + ":\n" + transcript.substring(0, Math.min(transcript.length(), 4000)));
        }
    }

    private void checkUnchanged() {
        String now = session.expect("docker images");
        if (!now.equals(baseline)) {
            throw new IllegalStateException("the batch did not return to its start:\n" + baseline + "---\n" + now);
        }
    }

    @TearDown(Level.Iteration)
    public void checkNothingFailed() {
        if (errorBytes != 0) {
            throw new IllegalStateException("measured batches wrote " + errorBytes + " bytes to standard error");
        }
        checkUnchanged();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public int batch1000() {
        int status = runner.run(script);
        if (status != 0) {
            throw new IllegalStateException("the batch's last command exited " + status);
        }
        return status;
    }
}
