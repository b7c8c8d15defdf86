package io.dockertutor.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Container commands on a warm session that already holds {@code containers} containers (target: below 100 µs
 * per command in-process, and per-command time not growing more than linearly with the container count).
 * {@code runPsRm} is one {@code docker run -d} + {@code docker ps -q -f name=...} + {@code docker rm -f}: the
 * count stays the same. {@code psAll} lists every container, so its time grows with the count by nature.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Dfile.encoding=UTF-8"})
public class ContainerBenchmarks {
    @Param({"0", "1000", "10000"})
    public int containers;

    private LearnerSession session;
    private int failures;

    @Setup(Level.Trial)
    public void setUp() {
        session = LearnerSession.open().withImages("nginx:latest", "busybox");
        for (int i = 0; i < containers; i++) {
            if (session.run("docker create --name c" + i + " busybox sleep 3600") != 0) {
                throw new IllegalStateException("docker create failed at container " + i);
            }
        }
        session.expect("docker run -d --name probe -p 8080:80 nginx:latest");
        session.expect("docker ps -f name=probe", "probe", "0.0.0.0:8080->80/tcp");
        session.expect("curl -s 127.0.0.1:8080", "Welcome to nginx!");
        session.expect("docker rm -f probe", "probe");
        String all = session.expect("docker ps -aq");
        if (all.lines().count() != containers) {
            throw new IllegalStateException("expected " + containers + " containers, ps -aq listed " + all.lines().count());
        }
    }

    @TearDown(Level.Iteration)
    public void checkNothingFailed() {
        if (failures != 0) {
            throw new IllegalStateException(failures + " measured commands exited non-zero");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public int runPsRm() {
        int s = session.run("docker run -d --name web -p 8080:80 nginx:latest")
                + session.run("docker ps -q -f name=web")
                + session.run("docker rm -f web");
        if (s != 0) {
            failures++;
        }
        return s;
    }

    @Benchmark
    public int psAll() {
        int s = session.run("docker ps -a");
        if (s != 0) {
            failures++;
        }
        return s;
    }
}
