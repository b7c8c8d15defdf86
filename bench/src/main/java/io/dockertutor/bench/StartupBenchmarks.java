package io.dockertutor.bench;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * What starting a session costs in a JVM that has already started one (warm code): the whole start
 * ({@code engineStartup}), the catalog load inside it ({@code catalogLoad}), and the docker grammar's one-time
 * load ({@code grammarFirstUse}), which a real process pays once, on its first {@code docker} command. For the
 * cold first start of a fresh JVM, see {@link ColdStartBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Dfile.encoding=UTF-8"})
public class StartupBenchmarks {
    private Path workspace;
    private Field grammarInstance;

    @Setup(Level.Trial)
    public void setUp() throws ReflectiveOperationException {
        try {
            workspace = Files.createTempDirectory("docker-tutor-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (LearnerSession check = LearnerSession.open()) {
            check.expect("docker images", "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE");
        }
        // The grammar is a lazily loaded singleton; forgetting it is the only way to time its load in one JVM.
        grammarInstance = DockerGrammar.class.getDeclaredField("instance");
        grammarInstance.setAccessible(true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(workspace);
    }

    /** Catalog load, new engine, new interpreter: what the shell does before the first prompt. */
    @Benchmark
    public Interpreter engineStartup() {
        return LearnerSession.newInterpreter(workspace);
    }

    @Benchmark
    public Catalog catalogLoad() {
        return new CatalogLoader().loadDefault();
    }

    /** Per-invocation state that forgets the loaded grammar before each call. */
    @State(Scope.Thread)
    public static class ForgottenGrammar {
        @Setup(Level.Invocation)
        public void forget(StartupBenchmarks outer) throws IllegalAccessException {
            outer.grammarInstance.set(null, null);
        }
    }

    @Benchmark
    public DockerGrammar grammarFirstUse(ForgottenGrammar forgotten) {
        DockerGrammar grammar = DockerGrammar.get();
        if (grammar.command("image ls").isEmpty()) {
            throw new IllegalStateException("the reloaded grammar has no `image ls`");
        }
        return grammar;
    }
}
