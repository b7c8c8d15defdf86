package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes' Go program and Dockerfiles, typed into the tutor's shell as a learner would, built and run. */
class BuildEndToEndTest {
    static final String MAIN_GO = """
            cat > main.go <<'EOF'
            package main

            import (
            	"fmt"
            	"net/http"
            )

            func handler(w http.ResponseWriter, r *http.Request) {
            	fmt.Fprintf(w, "Hello, Kubernetes")
            }

            func main() {
            	http.HandleFunc("/", handler)
            	http.ListenAndServe(":8080", nil)
            }
            EOF""";
    static final String SINGLE = """
            cat > Dockerfile <<'EOF'
            # Alpine 3.11 버전 golang 1.14.1 이미지를 사용
            FROM golang:1.14.1-alpine3.11

            # 빌드할 머신에 있는 main.go 파일을 컨테이너에 복사
            COPY ./main.go ./

            # 컨테이너 내부에서 명령어 실행
            RUN go build -o ./go-app ./main.go

            # 실행 계정을 nobody로 변경
            USER nobody

            # 컨테이너가 기동할 때 실행할 명령어 정의
            ENTRYPOINT ["./go-app"]
            EOF""";
    static final String MULTI = """
            cat > Dockerfile-MultiStage <<'EOF'
            # Stage 1 컨테이너(애플리케이션 빌드)
            FROM golang:1.14.1-alpine3.11 as builder
            COPY ./main.go ./
            RUN go build -o /go-app ./main.go

            # Stage 2 컨테이너(빌드된 바이너리를 포함한 실행용 컨테이너 생성)
            FROM alpine:3.7
            EXPOSE 8080
            # Stage 1에서 빌드된 결과물을 복사
            COPY --from=builder /go-app .
            USER nobody
            ENTRYPOINT ["./go-app"]
            EOF""";

    @TempDir
    Path workspace;
    SimulatedEngine engine;
    Interpreter shell;

    @BeforeEach
    void setUp() {
        engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(workspace);
        shell = new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
        run(MAIN_GO);
        run(SINGLE);
        run(MULTI);
    }

    private String[] run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = shell.run(line, new ByteArrayInputStream(new byte[0]), out, err);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void multiStageImageIsSmallRunsAsNobodyAndAnswersHelloKubernetes() throws Exception {
        String[] single = run("docker build -t sample-image:single .");
        String[] multi = run("docker image build -t sample-image:0.1 -f Dockerfile-MultiStage .");
        assertThat(single[0]).as(single[2]).isEqualTo("0");
        assertThat(multi[0]).as(multi[2]).isEqualTo("0");
        assertThat(multi[2]).contains("#0 building with \"default\" instance using docker driver",
                "[internal] load build definition from Dockerfile-MultiStage",
                "[builder 3/3] RUN go build -o /go-app ./main.go", "[stage-1 2/2] COPY --from=builder /go-app .",
                "naming to docker.io/library/sample-image:0.1 done",
                " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)");

        ImageSummary small = image("sample-image:0.1");
        ImageSummary big = image("sample-image:single");
        assertThat(small.size()).isLessThan(20_000_000L);
        assertThat(big.size()).isGreaterThan(20 * small.size()).isGreaterThan(300_000_000L);
        ImageDetails details = engine.inspectImage("sample-image:0.1");
        assertThat(details.config().user()).isEqualTo("nobody");
        assertThat(details.config().entrypoint()).containsExactly("./go-app");
        assertThat(details.config().cmd()).isEmpty();
        assertThat(details.config().exposedPorts()).containsExactly("8080/tcp");
        // Only the final stage is an image: the builder stage is not listed.
        assertThat(engine.listImages(true, io.dockertutor.engine.Filters.NONE)).hasSize(2);

        ContainerSpec spec = ContainerSpec.builder("sample-image:0.1").exposedPorts(List.of("8080/tcp"))
                .portBindings(List.of(new PortBinding(8080, "tcp", "", 12345))).build();
        String id = engine.createContainer(spec);
        engine.startContainer(id);
        HostNetwork.HttpResponse answer = engine.hostNetwork().send(HostNetwork.HttpRequest.get("localhost", 12345, "/"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyText()).isEqualTo("Hello, Kubernetes");
    }

    @Test
    void singleStageImageRunsFromItsWorkdir() throws Exception {
        assertThat(run("docker build -q -t sample-image:single .")[1]).startsWith("sha256:");
        String id = engine.createContainer(ContainerSpec.builder("sample-image:single")
                .portBindings(List.of(new PortBinding(8080, "tcp", "", 12346))).build());
        engine.startContainer(id);
        assertThat(engine.hostNetwork().send(HostNetwork.HttpRequest.get("localhost", 12346, "/x")).bodyText())
                .isEqualTo("Hello, Kubernetes");
        assertThat(engine.inspectImage("sample-image:single").config().workingDir()).isEqualTo("/go");
    }

    @Test
    void rebuildingUnchangedSourcesIsCachedAndGivesTheSameImage() {
        run("docker build -t sample-image:0.1 -f Dockerfile-MultiStage .");
        String first = engine.inspectImage("sample-image:0.1").id();
        String[] again = run("docker build -t sample-image:0.1 -f Dockerfile-MultiStage .");
        assertThat(again[2]).contains("COPY ./main.go ./\n#", "CACHED");
        assertThat(again[2]).doesNotContain("DONE 0.2s\n\n#9");
        assertThat(engine.inspectImage("sample-image:0.1").id()).isEqualTo(first);

        assertThat(run(MAIN_GO.replace("Hello, Kubernetes", "Hello, Docker"))[0]).isEqualTo("0");
        String[] changed = run("docker build -t sample-image:0.1 -f Dockerfile-MultiStage .");
        assertThat(changed[2]).doesNotContain("[builder 2/3] COPY ./main.go ./\n#6 CACHED");
        assertThat(engine.inspectImage("sample-image:0.1").id()).isNotEqualTo(first);
    }

    @Test
    void theNotesMistakesFailAsBuildxDoes() {
        String[] twoArgs = run("docker build -t basic-img:1.0 basic-img:2.0 .");
        assertThat(twoArgs[0]).isEqualTo("1");
        assertThat(twoArgs[2]).isEqualTo("ERROR: docker: 'docker buildx build' requires 1 argument\n\n"
                + "Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\n"
                + "Run 'docker buildx build --help' for more information\n");
        String[] noContext = run("docker image build -t sample-image:0.1 -f Dockerfile-MultiStage");
        assertThat(noContext[0]).isEqualTo("1");
        assertThat(noContext[2]).startsWith("ERROR: docker: 'docker buildx build' requires 1 argument");
    }

    @Test
    void aParseErrorShowsTheDockerfileAroundTheLine() {
        run("printf 'FROM alpine:3.7\\nFORM alpine\\nUSER nobody\\n' > Dockerfile.bad");
        String[] bad = run("docker build -f Dockerfile.bad .");
        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[2]).endsWith("""
                Dockerfile.bad:2
                --------------------
                   1 |     FROM alpine:3.7
                   2 | >>> FORM alpine
                   3 |     USER nobody
                   4 |    \s
                --------------------
                ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: FORM (did you mean FROM?)
                """);
    }

    private ImageSummary image(String tag) {
        return engine.listImages(false, io.dockertutor.engine.Filters.NONE).stream()
                .filter(i -> i.repoTags().contains(tag)).findFirst().orElseThrow();
    }
}
