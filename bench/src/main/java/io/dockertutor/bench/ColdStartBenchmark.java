package io.dockertutor.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A learner's first command in a fresh JVM: catalog load, engine, interpreter, grammar load and the first
 * {@code docker images}, all with cold classes and interpreted code (the JVM's own start is not included).
 * Single-shot, one measurement per fork; run it on its own with {@code ColdStart -f 5} so that the command-line
 * iteration flags of the warm benchmarks do not turn it warm.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xss4m", "-Dfile.encoding=UTF-8"})
public class ColdStartBenchmark {
    @Benchmark
    public String firstDockerImages() {
        try (LearnerSession session = LearnerSession.open()) {
            return session.expect("docker images", "REPOSITORY");
        }
    }
}
