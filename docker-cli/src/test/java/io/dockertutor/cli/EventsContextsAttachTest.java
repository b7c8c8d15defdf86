package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Interruption;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker events}, {@code docker context create/use/rm} and {@code docker attach} on the simulator, beyond what
 * the corpus sessions (events-since-until, context-create-use, attach-basics) show: following at a terminal until
 * Ctrl-C, {@code {{json .}}} on the CLI's events.Message, exec and stop events, the tutor's line about contexts.
 */
class EventsContextsAttachTest {
    @TempDir
    Path workspace;
    private Interpreter docker;

    private record Result(int status, String out) {
    }

    @BeforeEach
    void start() {
        docker = new Interpreter(SimulatedEngine.withDefaultCatalog(), workspace, Locale.ENGLISH, Clock.systemUTC());
        run("docker pull -q busybox");
    }

    private Result run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = docker.run(line, InputStream.nullInputStream(), out, out);
        return new Result(status, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eventsOverAWindowListTheLifecycleWithTheDaemonsAttributes() {
        run("docker run -d --name web --label tier=front busybox sleep 300");
        run("docker stop web");
        String lines = run("docker events --since 1m --until 0s -f container=web --format '{{.Action}} {{.Actor.Attributes}}'").out();
        assertThat(lines).isEqualTo("""
                create map[image:busybox name:web tier:front]
                start map[image:busybox name:web tier:front]
                kill map[image:busybox name:web signal:15 tier:front]
                kill map[image:busybox name:web signal:9 tier:front]
                die map[exitCode:137 image:busybox name:web tier:front]
                stop map[image:busybox name:web tier:front]
                """);
        assertThat(run("docker events --since 1m --until 0s -f type=network -f event=connect --format '{{.Actor.Attributes.name}}'").out())
                .isEqualTo("bridge\n");
    }

    @Test
    void execCommitExportAndRestartAreLoggedAsTheDaemonLogsThem() {
        run("docker run -d --name box busybox sleep 300");
        run("docker exec box sh -c 'exit 5'");
        run("docker commit -m snap box snap:1");
        run("docker export -o box.tar box");
        run("docker restart -t 0 box");
        run("docker update --restart always box");
        assertThat(run("docker events --since 1m --until 0s -f container=box --format '{{.Action}}'").out().lines()
                .filter(a -> !List.of("create", "start", "kill", "die", "stop").contains(a)))
                .containsExactly("exec_create: sh -c exit 5", "exec_start: sh -c exit 5", "exec_die", "commit", "export", "restart", "update");
        assertThat(run("docker events --since 1m --until 0s -f event=exec_die --format '{{.Actor.Attributes.exitCode}}'").out()).isEqualTo("5\n");
        assertThat(run("docker events --since 1m --until 0s -f event=commit --format '{{.Actor.Attributes.imageRef}} {{.Actor.Attributes.comment}}'")
                .out()).isEqualTo("snap:1 snap\n");
        assertThat(run("docker events --since 1m --until 0s -f type=image -f event=tag --format '{{.Actor.Attributes.name}}'").out())
                .isEqualTo("snap:1\n");
    }

    @Test
    void jsonFormatGivesTheApisFieldNamesWithTheDeprecatedOnesForContainers() {
        run("docker volume create data");
        run("docker run --name one busybox true");
        String json = run("docker events --since 1m --until 0s -f container=one -f event=die --format '{{json .}}'").out();
        assertThat(json).matches("\\{\"status\":\"die\",\"id\":\"[0-9a-f]{64}\",\"from\":\"busybox\",\"Type\":\"container\","
                + "\"Action\":\"die\",\"Actor\":\\{\"ID\":\"[0-9a-f]{64}\",\"Attributes\":\\{\"exitCode\":\"0\",\"image\":\"busybox\","
                + "\"name\":\"one\"}},\"scope\":\"local\",\"time\":\\d+,\"timeNano\":\\d+}\n");
        assertThat(run("docker events --since 1m --until 0s -f volume=data --format json").out())
                .startsWith("{\"Type\":\"volume\",\"Action\":\"create\",\"Actor\":{\"ID\":\"data\",\"Attributes\":{\"driver\":\"local\"}}");
    }

    @Test
    void eventsWithoutAWindowPrintNothingInABatchAndAnUntilBeforeSinceIsRefused() {
        run("docker run --rm busybox true");
        assertThat(run("docker events")).isEqualTo(new Result(0, ""));
        Result refused = run("docker events --since 1m --until 2m");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).matches("Error response from daemon: `since` time \\(\\d+\\.\\d{9}\\) cannot be after `until` time \\(\\d+\\.\\d{9}\\)\n");
    }

    @Test
    void anUntilStillAheadPrintsWhatThereIsWithoutATerminalInsteadOfWaitingForIt() {
        run("docker volume create ahead");
        String inAnHour = java.time.Instant.now().plusSeconds(3600).toString();
        assertThat(run("docker events --since 1m -f type=volume --until " + inAnHour + " --format '{{.Action}} {{.Actor.ID}}'"))
                .isEqualTo(new Result(0, "create ahead\n"));
        assertThat(run("docker events --since 1m --until 1h").out()).as("a duration is that long ago, as for --since")
                .startsWith("Error response from daemon: `since` time (");
    }

    @Test
    void eventsFollowAtATerminalUntilCtrlC() throws Exception {
        docker.terminal(true);
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<Result> follow = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            return run("docker events --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'");
        });
        Thread.sleep(500);
        assertThat(follow).as("events follows while nobody presses Ctrl-C").isNotDone();
        run("docker volume create later");
        Thread.sleep(600);
        Interruption.press(worker.get());
        Result r = follow.get(10, TimeUnit.SECONDS);
        assertThat(r.out().lines().filter(l -> !l.isEmpty())).containsExactly("volume create <no value>");
        assertThat(r.status()).as("the REPL reports Ctrl-C's 130").isEqualTo(130);
    }

    @Test
    void contextsLiveInTheSessionAndTheTutorSaysTheEngineStaysTheSame() {
        assertThat(run("docker context create mine --docker host=tcp://10.0.0.1:2375")).isEqualTo(
                new Result(0, "mine\nSuccessfully created context \"mine\"\n"));
        docker.terminal(true);
        String used = run("docker context use mine").out();
        assertThat(used).startsWith("mine\nCurrent context is now \"mine\"\ndocker-tutor: ").contains("(simulated)")
                .contains("not in your ~/.docker");
        assertThat(run("docker context show").out()).isEqualTo("mine\n");
        assertThat(run("docker context ls -q").out()).isEqualTo("default\nmine\n");
        assertThat(workspace.resolve(".docker")).doesNotExist();
        assertThat(run("docker context rm -f mine").out()).isEqualTo("mine\n");
        assertThat(run("docker context show").out()).isEqualTo("default\n");
    }

    @Test
    void attachingWaitsOutAScriptThatSleepsFirstAndWaitAnswersItsStatus() {
        run("docker run -d --name later busybox sh -c 'sleep 5; echo late; exit 4'");
        assertThat(run("docker ps --format '{{.Names}} {{.State}}'").out()).isEqualTo("later running\n");
        assertThat(run("docker logs later").out()).as("nothing yet: it sleeps first").isEmpty();
        assertThat(run("docker attach later")).isEqualTo(new Result(4, "late\n"));
        run("docker run -d --name waited busybox sh -c 'sleep 5; exit 2'");
        assertThat(run("docker wait waited").out()).isEqualTo("2\n");
        assertThat(run("docker run --rm busybox sh -c 'sleep 1; echo fg'")).isEqualTo(new Result(0, "fg\n"));
    }
}
