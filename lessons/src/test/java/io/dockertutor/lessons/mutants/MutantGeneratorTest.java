package io.dockertutor.lessons.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The near misses derived from solutions of every shape, exactly and in order. */
class MutantGeneratorTest {

    static Stream<Arguments> solutions() {
        return Stream.of(
                Arguments.of("a detached run with a name and a published port", List.of("docker run -d --name web -p 8080:80 nginx:latest"), List.of(
                        "docker run --name web -p 8080:80 nginx:latest",
                        "docker run -d -p 8080:80 nginx:latest",
                        "docker run -d --name web nginx:latest",
                        "docker run -d --name= -p 8080:80 nginx:latest",
                        "docker run -d --name web -p 80:8080 nginx:latest",
                        "docker run -d --name web-mutant -p 8080:80 nginx:latest",
                        "docker run -d --name web -p 18080:80 nginx:latest",
                        "docker run -d --name web -p 8080:10080 nginx:latest",
                        "docker run -d --name web -p 80 nginx:latest",
                        "docker run -d --name web -p 8080:80 nginx:mutant",
                        "docker run --name web -p 8080:80 nginx:latest -d",
                        "docker run -d -p 8080:80 nginx:latest --name web",
                        "docker run -d --name web nginx:latest -p 8080:80")),
                Arguments.of("a volume, a restart policy and a container command",
                        List.of("docker run --restart always -v data:/data busybox ls /data"), List.of(
                        "docker run -v data:/data busybox ls /data",
                        "docker run --restart always busybox ls /data",
                        "docker run --restart=no -v data:/data busybox ls /data",
                        "docker run --restart always -v /data:data busybox ls /data",
                        "docker run --restart unless-stopped -v data:/data busybox ls /data",
                        "docker run --restart always -v ./data:/data busybox ls /data",
                        "docker run --restart always -v data-mutant:/data busybox ls /data",
                        "docker run --restart always -v data:/data-mutant busybox ls /data",
                        "docker run --restart always -v data:/data busybox:mutant ls /data",
                        "docker create --restart always -v data:/data busybox ls /data",
                        "docker run -v data:/data busybox --restart always ls /data",
                        "docker run --restart always busybox -v data:/data ls /data",
                        "docker run --restart always -v data:/data busybox")),
                Arguments.of("clustered shorthands and a status filter", List.of("docker ps -aq -f status=exited"), List.of(
                        "docker ps -q -f status=exited",
                        "docker ps -a -f status=exited",
                        "docker ps -aq",
                        "docker ps -aq -f status=running")),
                Arguments.of("several containers named and a confusable verb", List.of("docker stop web db"), List.of(
                        "docker stop web-mutant db",
                        "docker stop web db-mutant",
                        "docker stop db",
                        "docker stop web",
                        "docker kill web db")),
                Arguments.of("a filter inside a command substitution", List.of("docker rm $(docker ps -aq -f exited=1)"), List.of(
                        "docker stop $(docker ps -aq -f exited=1)",
                        "docker rm $(docker ps -q -f exited=1)",
                        "docker rm $(docker ps -a -f exited=1)",
                        "docker rm $(docker ps -aq)",
                        "docker rm $(docker ps -aq -f exited=10001)")),
                Arguments.of("a Dockerfile written with a here-doc", List.of("cat > Dockerfile <<'EOF'\nFROM busybox\n# a comment\nCMD [\"echo\", \"hi\"]\nEOF"), List.of(
                        "cat > Dockerfile <<'EOF'\n# a comment\nCMD [\"echo\", \"hi\"]\nEOF",
                        "cat > Dockerfile <<'EOF'\nFROM busybox\n# a comment\nEOF")),
                Arguments.of("a build with tags and a file", List.of("docker build -t img:1.0 -f Dockerfile.dev ."), List.of(
                        "docker build -f Dockerfile.dev .",
                        "docker build -t img:1.0 .",
                        "docker build -t img:1.0 --file= .",
                        "docker build -t img:mutant -f Dockerfile.dev .",
                        "docker build -t img:1.0 -f Dockerfile.dev-mutant .",
                        "docker build -t img:1.0 -f Dockerfile.dev")),
                Arguments.of("container names and image references", List.of("docker tag nginx my-nginx:1.0"), List.of(
                        "docker tag nginx:mutant my-nginx:1.0",
                        "docker tag nginx my-nginx:mutant",
                        "docker tag my-nginx:1.0 nginx")),
                Arguments.of("commands without flags or arguments", List.of("docker version"), List.of()),
                Arguments.of("a command outside docker with nothing to change", List.of("sudo systemctl restart docker"), List.of()),
                Arguments.of("a command expected to fail", List.of("!curl 127.0.0.1:80"), List.of("curl 127.0.0.1:10080")),
                Arguments.of("a curl to a published port", List.of("curl http://localhost:8080/x"), List.of(
                        "curl http://localhost:18080/x", "curl http://localhost/x")),
                Arguments.of("a bind mount of the current directory", List.of("docker run -v $(pwd):/site busybox"), List.of(
                        "docker run busybox",
                        "docker run -v /site:$(pwd) busybox",
                        "docker run -v pwd:/site busybox",
                        "docker run -v $(pwd):/site-mutant busybox",
                        "docker run -v $(pwd):/site busybox:mutant",
                        "docker create -v $(pwd):/site busybox",
                        "docker run busybox -v $(pwd):/site")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solutions")
    void eachSolutionShapeGivesExactlyItsNearMisses(String shape, List<String> solution, List<String> expected) {
        assertThat(MutantGenerator.of(solution)).extracting(m -> String.join("; ", m.commands())).containsExactlyElementsOf(expected);
    }

    @Test
    void aSolutionOfSeveralCommandsChangesOneAtATimeThenSkipsEachFromTheLast() {
        List<String> solution = List.of("echo '<h1>hi</h1>' > index.html", "docker cp index.html web:/html/index.html", "curl -s localhost:8080/");
        assertThat(MutantGenerator.of(solution)).extracting(Mutant::commands).containsExactly(
                List.of("echo '<h1>hi</h1>' > index.html-mutant", "docker cp index.html web:/html/index.html", "curl -s localhost:8080/"),
                List.of("echo '<h1>hi</h1>' > index.html", "docker cp index.html-mutant web:/html/index.html", "curl -s localhost:8080/"),
                List.of("echo '<h1>hi</h1>' > index.html", "docker cp index.html web-mutant:/html/index.html", "curl -s localhost:8080/"),
                List.of("echo '<h1>hi</h1>' > index.html", "docker cp index.html web:/html/index.html-mutant", "curl -s localhost:8080/"),
                List.of("echo '<h1>hi</h1>' > index.html", "docker cp web:/html/index.html index.html", "curl -s localhost:8080/"),
                List.of("echo '<h1>hi</h1>' > index.html", "docker cp index.html web:/html/index.html", "curl -s localhost:18080/"),
                List.of("echo '<h1>hi</h1>' > index.html", "docker cp index.html web:/html/index.html", "curl -s localhost/"),
                List.of("echo '<h1>hi</h1>' > index.html", "docker cp index.html web:/html/index.html"),
                List.of("echo '<h1>hi</h1>' > index.html", "curl -s localhost:8080/"),
                List.of("docker cp index.html web:/html/index.html", "curl -s localhost:8080/"));
    }

    @Test
    void aForegroundRunIsNamedAsSuch() {
        assertThat(MutantGenerator.of(List.of("docker run -d nginx"))).first()
                .satisfies(m -> assertThat(m.change()).isEqualTo("run in the foreground (drop -d)"));
    }

    @Test
    void commandsAreTheSameWhateverTheirSpacingAndMarks() {
        assertThat(MutantGenerator.sameCommands(List.of("docker  run   -d nginx"), List.of("!docker run -d nginx"))).isTrue();
        assertThat(MutantGenerator.sameCommands(List.of("docker run -d nginx"), List.of("docker run nginx"))).isFalse();
    }
}
