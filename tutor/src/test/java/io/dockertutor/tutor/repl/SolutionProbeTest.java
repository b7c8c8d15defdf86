package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.LessonRun;
import io.dockertutor.lessons.Step;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trying a step's solution from where the learner is leaves no trace, and is not guessed where it cannot be tried. */
class SolutionProbeTest {
    @TempDir
    Path ws;

    private final Lesson files = LessonLibrary.bundled().lesson("files").orElseThrow();

    @Test
    void aTrialLeavesTheEngineAndTheFilesAsTheyWere() throws Exception {
        Engine engine = SimulatedEngine.withDefaultCatalog();
        LessonRun run = new LessonRun(files, engine, ws, Locale.ENGLISH);
        Step cp = files.steps().get(0);
        assertThat(SolutionProbe.canStillPass(run, cp, engine, ws, List.of(run.interpreter().shell().cwd()), List.of())).contains(true);
        assertThat(run.check(cp).passed()).as("the trial's pass is not left behind").isFalse();
        run.run("docker cp web:/usr/share/nginx/html/index.html index.html");
        String wrongPage = Files.readString(ws.resolve("index.html"));
        assertThat(SolutionProbe.canStillPass(run, cp, engine, ws, List.of(run.interpreter().shell().cwd()), List.of()))
                .contains(false);
        assertThat(Files.readString(ws.resolve("index.html"))).isEqualTo(wrongPage);
        assertThat(run.check(cp).passed()).isFalse();
    }

    @Test
    void anEngineWithoutSnapshotsIsNotGuessedAbout() throws Exception {
        Engine sim = SimulatedEngine.withDefaultCatalog();
        Engine real = (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                (proxy, method, args) -> method.getName().equals("snapshots") ? Optional.empty() : method.invoke(sim, args));
        LessonRun run = new LessonRun(files, real, ws, Locale.ENGLISH);
        run.run("docker cp web:/usr/share/nginx/html/index.html index.html");
        assertThat(SolutionProbe.canStillPass(run, files.steps().get(0), real, ws, List.of(run.interpreter().shell().cwd()), List.of()))
                .isEmpty();
    }

    @Test
    void theTailAfterWhatTheLearnerJustTypedOfTheSolutionIsTriedFirstAndEveryTailStillComes() {
        List<String> solution = List.of("docker pull nginx", "docker run -d --name web nginx", "docker ps");
        assertThat(SolutionProbe.tailsToTry(solution, List.of("ls", "docker pull nginx ", "docker run -d --name web nginx")))
                .containsExactly(2, 0, 1);
        assertThat(SolutionProbe.tailsToTry(solution, List.of("docker pull nginx"))).containsExactly(1, 0, 2);
        assertThat(SolutionProbe.tailsToTry(solution, List.of("docker run -d --name web nginx"))).containsExactly(0, 1, 2);
        assertThat(SolutionProbe.tailsToTry(List.of("docker ps"), List.of("docker ps"))).containsExactly(0);
    }

    @Test
    void aStepWhoseCommandsSoFarAreTheSolutionsOwnCanStillPassWithoutTryingAndNoOtherIsTakenForIt() {
        List<String> solution = List.of("docker pull nginx", "docker run -d --name web nginx", "docker ps");
        assertThat(SolutionProbe.typedTheSolutionSoFar(solution, List.of("docker pull nginx "))).isTrue();
        assertThat(SolutionProbe.typedTheSolutionSoFar(solution, List.of("docker pull nginx", "docker run -d --name web nginx"))).isTrue();
        assertThat(SolutionProbe.typedTheSolutionSoFar(solution, List.of("ls", "docker pull nginx"))).isFalse();
        assertThat(SolutionProbe.typedTheSolutionSoFar(solution, List.of("docker run -d --name web nginx"))).isFalse();
        assertThat(SolutionProbe.typedTheSolutionSoFar(solution, List.of())).isFalse();
        assertThat(SolutionProbe.typedTheSolutionSoFar(solution, solution)).isFalse();
    }
}
