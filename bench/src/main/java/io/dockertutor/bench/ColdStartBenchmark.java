package io.dockertutor.bench;

import io.dockertutor.cli.BatchRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
 * The first time, in a fresh JVM (its own start excluded): a learner's first command ({@code firstDockerImages}:
 * catalog, engine, interpreter, grammar and the first {@code docker images}), and the first 1,000-command batch
 * ({@code firstBatch1000}, as {@code docker-tutor run} meets it; only the two setup pulls ran before it).
 * Single-shot, one measurement per fork; the {@code @Fork}/{@code @Warmup} annotations must not be overridden
 * from the command line, or these numbers turn warm.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xss4m", "-Dfile.encoding=UTF-8"})
public class ColdStartBenchmark {
    private LearnerSession session;
    private String script;
    private ByteArrayOutputStream transcript;
    private int status;

    @Setup(Level.Trial)
    public void setUp() {
        script = BatchBenchmark.script();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (session != null) {
            BatchBenchmark.checkTranscript(status, transcript.toString(StandardCharsets.UTF_8));
            session.close();
        }
    }

    @Benchmark
    public String firstDockerImages() {
        try (LearnerSession first = LearnerSession.open()) {
            return first.expect("docker images", "REPOSITORY");
        }
    }

    /** Runs with a transcript, as {@code docker-tutor run} prints one; checked in {@link #tearDown}, off the clock. */
    @Benchmark
    public int firstBatch1000(BatchSession batch) {
        session = batch.session;
        transcript = new ByteArrayOutputStream(1 << 20);
        PrintStream out = new PrintStream(transcript, false, StandardCharsets.UTF_8);
        status = new BatchRunner(session.interpreter(), out, out, true).run(script);
        out.flush();
        return status;
    }

    /** The batch's session, opened (and its two images pulled) before the clock starts. */
    @State(Scope.Thread)
    public static class BatchSession {
        LearnerSession session;

        @Setup(Level.Trial)
        public void open() {
            session = BatchBenchmark.batchSession();
        }
    }
}
