package io.dockertutor.bench;

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
 * Latency of single learner commands on a warm session (target: median below 50 µs). SampleTime mode, so JMH
 * reports p50/p90/p99 as well as the mean. Every operation's exit status is checked after each iteration, and
 * the image list must come back unchanged: a command that started failing would otherwise look fast.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Dfile.encoding=UTF-8"})
public class CommandBenchmarks {
    static final String[] IMAGES = {"nginx:latest", "nginx:stable", "busybox", "alpine:3.7"};
    static final String TAG_A = "docker tag nginx:stable learner/web:a";
    static final String TAG_B = "docker tag nginx:stable learner/web:b";
    static final String TAG_TEMP = "docker tag busybox learner/tmp:1";
    static final String RMI_TEMP = "docker rmi learner/tmp:1";

    private LearnerSession session;
    private String baseline;
    private boolean flip;
    private int failures;

    @Setup(Level.Trial)
    public void setUp() {
        session = LearnerSession.open().withImages(IMAGES);
        session.expect(TAG_A);
        session.expect(TAG_B);
        session.expect("docker pull nginx:stable", "Status: Image is up to date for nginx:stable");
        session.expect(TAG_TEMP);
        session.expect(RMI_TEMP, "Untagged: learner/tmp:1");
        baseline = session.expect("docker images", "REPOSITORY");
        LearnerSession.expectRows(baseline, "nginx latest", "nginx stable", "busybox latest", "alpine 3.7",
                "learner/web a", "learner/web b");
        if (baseline.contains("learner/tmp")) {
            throw new IllegalStateException("docker rmi left the tag behind:\n" + baseline);
        }
    }

    /** Fails the run if any measured command exited non-zero or the image list drifted. */
    @TearDown(Level.Iteration)
    public void checkNothingFailed() {
        if (failures != 0) {
            throw new IllegalStateException(failures + " measured commands exited non-zero");
        }
        String now = session.expect("docker images");
        if (!now.equals(baseline)) {
            throw new IllegalStateException("image list changed during the benchmark:\n" + baseline + "---\n" + now);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    private int counted(int status) {
        if (status != 0) {
            failures++;
        }
        return status;
    }

    @Benchmark
    public int dockerImages() {
        return counted(session.run("docker images"));
    }

    @Benchmark
    public int dockerPullPresent() {
        return counted(session.run("docker pull nginx:stable"));
    }

    /** Re-tags one of two existing tags, so the store neither grows nor shrinks. */
    @Benchmark
    public int dockerTag() {
        flip = !flip;
        return counted(session.run(flip ? TAG_A : TAG_B));
    }

    /** A new tag and its removal: the two together, since neither can repeat alone without changing state. */
    @Benchmark
    public int dockerTagThenRmi() {
        return counted(session.run(TAG_TEMP)) + counted(session.run(RMI_TEMP));
    }
}
