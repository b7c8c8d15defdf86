package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineCompleterTest {
    private static Engine engine;
    private static List<Lesson> lessons;

    @TempDir
    static Path workspace;

    @BeforeAll
    static void engineWithThingsInIt() throws Exception {
        engine = SimulatedEngine.withDefaultCatalog();
        engine.pull(ImageReference.parse("nginx"), e -> { });
        engine.pull(ImageReference.parse("alpine:3.20"), e -> { });
        engine.createContainer(ContainerSpec.of("web", "nginx", List.of()));
        engine.createVolume("data", "local", Map.of(), Map.of());
        Files.createDirectories(workspace.resolve("site"));
        Files.writeString(workspace.resolve("Dockerfile"), "FROM nginx\n");
        Files.writeString(workspace.resolve("site/index.html"), "hi\n");
        lessons = LessonLibrary.load(ReplSession.fixtureLessons()).lessons();
    }

    private static CompletionContext context() {
        return new CompletionContext() {
            @Override
            public Engine engine() {
                return engine;
            }

            @Override
            public Path workspace() {
                return workspace;
            }

            @Override
            public Path cwd() {
                return workspace;
            }

            @Override
            public TutorMessages messages() {
                return new TutorMessages(Locale.ENGLISH);
            }

            @Override
            public List<Lesson> lessons() {
                return lessons;
            }

            @Override
            public List<String> engineNames() {
                return List.of("sim", "docker");
            }
        };
    }

    private static List<Candidate> complete(String before, String current) {
        List<Candidate> out = new ArrayList<>();
        new LineCompleter(context(), DockerGrammar::get, Set.of("ls", "cat", "echo")).complete(before, current, out);
        return out;
    }

    private static List<String> values(String before, String current) {
        return complete(before, current).stream().map(Candidate::value).filter(v -> v.startsWith(current)).distinct().toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", "sta", List.of("start")),
                Arguments.of("", "dock", List.of("docker")),
                Arguments.of("docker ", "pu", List.of("pull", "push")),
                Arguments.of("docker image ", "l", List.of("load", "ls", "list")),
                Arguments.of("docker rmi ", "", List.of("alpine:3.20", "nginx", "nginx:latest")),
                Arguments.of("docker run -d --name x ", "ng", List.of("nginx", "nginx:latest")),
                Arguments.of("docker stop ", "", List.of("web")),
                Arguments.of("docker container logs ", "w", List.of("web")),
                Arguments.of("docker volume rm ", "", List.of("data")),
                Arguments.of("docker run -v ", "d", List.of("data")),
                Arguments.of("docker build ", "s", List.of("site/")),
                Arguments.of("cat ", "site/", List.of("site/index.html")),
                Arguments.of("nano ", "Doc", List.of("Dockerfile")),
                Arguments.of("edit ", "site/", List.of("site/index.html")),
                Arguments.of("vi ", "s", List.of("site/")),
                Arguments.of("docker images | grep nginx && docker rm ", "", List.of("web")),
                Arguments.of("for c in a b; do docker stop ", "", List.of("web")),
                Arguments.of("start ", "first", List.of("first-image")),
                Arguments.of("lang ", "", List.of("ko", "en")),
                Arguments.of("reset ", "", List.of("step", "lesson")),
                Arguments.of("engine ", "", List.of("sim", "docker")));
    }

    @ParameterizedTest(name = "[{0}|{1}]")
    @MethodSource("cases")
    void completesWhatTheCursorIsOn(String before, String current, List<String> expected) {
        assertThat(values(before, current)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theEditorsNamesCompleteAtTheStartOfALine() {
        List<Candidate> out = new ArrayList<>();
        new LineCompleter(context(), DockerGrammar::get, Repl.shellCommands()).complete("", "n", out);
        assertThat(out.stream().map(Candidate::value)).contains("nano");
        out.clear();
        new LineCompleter(context(), DockerGrammar::get, Repl.shellCommands()).complete("", "ed", out);
        assertThat(out.stream().map(Candidate::value)).contains("edit");
    }

    @Test
    void flagsCompleteWithTheirHelpTextFromTheGrammar() {
        List<Candidate> flags = complete("docker run ", "--");
        assertThat(flags).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("--detach");
            assertThat(c.descr()).isEqualTo("Run container in background and print container ID");
        });
        assertThat(complete("docker run ", "-").stream().map(Candidate::value)).contains("-d", "-p", "--publish");
    }

    @Test
    void subcommandsCompleteWithTheirSummaries() {
        assertThat(complete("docker ", "pu")).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("pull");
            assertThat(c.descr()).isEqualTo("Download an image from a registry");
        });
    }

    @Test
    void tutorCommandsCompleteWithTheirHelpLine() {
        assertThat(complete("", "hi")).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("hint");
            assertThat(c.descr()).isEqualTo("Show the next hint for this step.");
        });
    }

    @Test
    void tutorCommandsAreNotOfferedInsideAPipeline() {
        assertThat(values("ls | ", "sta")).isEmpty();
    }

    @Test
    void pathsOutsideTheWorkspaceAreNeverListed() {
        assertThat(values("cat ", "/")).isEmpty();
        assertThat(values("cat ", "../")).isEmpty();
    }

    @Test
    void aLinkLeadingOutsideIsOfferedByNameButNeverListedThrough() throws Exception {
        Path escape = workspace.resolve("escape");
        Files.createSymbolicLink(escape, workspace.getParent());
        try {
            assertThat(values("cat ", "esc")).containsExactly("escape");
            assertThat(values("cat ", "escape/")).isEmpty();
        } finally {
            Files.delete(escape);
        }
    }
}
