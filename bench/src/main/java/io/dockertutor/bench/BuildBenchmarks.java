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
 * The notes' multi-stage build ({@code docker build -t sample-image:0.1 -f Dockerfile-MultiStage .}) on a warm
 * simulator, its build cache filled by the setup build (target: below 5 ms). The setup checks that the build works
 * and tags the image; each iteration checks every measured build exited 0 and the image is still the same one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Dfile.encoding=UTF-8"})
public class BuildBenchmarks {
    static final String MAIN_GO = String.join("\n", "cat > main.go <<'EOF'", "package main", "", "import (", "\t\"fmt\"",
            "\t\"net/http\"", ")", "", "func handler(w http.ResponseWriter, r *http.Request) {",
            "\tfmt.Fprintf(w, \"Hello, Kubernetes\")", "}", "", "func main() {", "\thttp.HandleFunc(\"/\", handler)",
            "\thttp.ListenAndServe(\":8080\", nil)", "}", "EOF");
    static final String DOCKERFILE = String.join("\n", "cat > Dockerfile-MultiStage <<'EOF'",
            "FROM golang:1.14.1-alpine3.11 as builder", "COPY ./main.go ./", "RUN go build -o /go-app ./main.go", "",
            "FROM alpine:3.7", "EXPOSE 8080", "COPY --from=builder /go-app .", "USER nobody", "ENTRYPOINT [\"./go-app\"]", "EOF");
    static final String BUILD = "docker build -t sample-image:0.1 -f Dockerfile-MultiStage .";

    private LearnerSession session;
    private String imageId;
    private int failures;

    @Setup(Level.Trial)
    public void setUp() {
        session = LearnerSession.open();
        session.expect(MAIN_GO);
        session.expect(DOCKERFILE);
        imageId = session.expect("docker build -q -t sample-image:0.1 -f Dockerfile-MultiStage .", "sha256:").strip();
        LearnerSession.expectRows(session.expect("docker images"), "sample-image 0.1");
        String inspect = session.expect("docker image inspect -f '{{.Config.User}} {{.Size}}' sample-image:0.1", "nobody");
        if (Long.parseLong(inspect.strip().split(" ")[1]) >= 20_000_000L) {
            throw new IllegalStateException("the multi-stage image is not small: " + inspect);
        }
    }

    @TearDown(Level.Iteration)
    public void checkNothingFailed() {
        if (failures != 0) {
            throw new IllegalStateException(failures + " measured builds exited non-zero");
        }
        String now = session.expect("docker image inspect -f '{{.Id}}' sample-image:0.1").strip();
        if (!now.equals(imageId)) {
            throw new IllegalStateException("a cached rebuild changed the image: " + imageId + " -> " + now);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public int multiStage() {
        int status = session.run(BUILD);
        if (status != 0) {
            failures++;
        }
        return status;
    }
}
