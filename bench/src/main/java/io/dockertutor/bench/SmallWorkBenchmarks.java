package io.dockertutor.bench;

import io.dockertutor.gotext.GoTemplate;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.ShellSession;
import io.dockertutor.sh.builtins.BuiltinTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The small pieces every command goes through, which unit tests used to time (a timed unit test only measures the
 * machine it runs on): parsing and running {@code echo hi | grep h} in the shell, and rendering one table row of a
 * {@code --format} template. Targets: under 500 µs and under 200 µs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
public class SmallWorkBenchmarks {
    private static final Map<String, Object> ROW = Map.of("Name", "web", "Empty", "");

    private ShellSession shell;
    private GoTemplate row;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Setup
    public void setUp() throws IOException, TemplateException {
        Path workspace = Files.createTempDirectory("bench-shell").toRealPath();
        shell = new ShellSession("docker-tutor", ConfinedFileView.workspace(workspace), BuiltinTable.standard(), null,
                Locale.ENGLISH);
        row = GoTemplate.parse("{{.Name}}\t{{upper .Name}}\t{{if .Empty}}x{{end}}");
        // No number may flatter a broken command: each measured piece must first do what it should.
        if (shellPipeline() != 0 || !out.toString(java.nio.charset.StandardCharsets.UTF_8).equals("hi\n")) {
            throw new IllegalStateException("echo hi | grep h printed " + out);
        }
        if (!templateTableRow().equals("web\tWEB\t")) {
            throw new IllegalStateException("the template row rendered " + templateTableRow());
        }
    }

    @Benchmark
    public int shellPipeline() {
        out.reset();
        return shell.run("echo hi | grep h", out, out);
    }

    @Benchmark
    public String templateTableRow() throws TemplateException {
        return row.execute(ROW);
    }
}
