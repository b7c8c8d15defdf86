package io.dockertutor.bench;

import io.dockertutor.sh.ShellSyntax;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shell parser on long input, at two sizes ten times apart ({@code scale} 1 and 10), so the ratio shows whether
 * it grows linearly: {@code isComplete} of a 4 KB and a 40 KB line (what the REPL asks on Enter) and
 * {@code splitCommands} of a 300- and a 3,000-line here-document (what the batch runner does with a script).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
public class ShellParseBenchmark {
    @Param({"1", "10"})
    public int scale;

    private String line;
    private String script;

    @Setup
    public void setUp() {
        line = "echo " + "word ".repeat(800 * scale);
        StringBuilder s = new StringBuilder("cat > f <<EOF\n");
        for (int i = 0; i < 300 * scale; i++) {
            s.append("line ").append(i).append(" $HOME\n");
        }
        script = s.append("EOF\necho done\n").toString();
    }

    @Benchmark
    public boolean isCompleteOfALongLine() {
        return ShellSyntax.isComplete(line);
    }

    @Benchmark
    public int splitALongHereDocument() {
        return ShellSyntax.splitCommands(script).size();
    }
}
