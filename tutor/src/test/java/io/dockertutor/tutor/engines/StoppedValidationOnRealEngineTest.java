package io.dockertutor.tutor.engines;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Ownership;
import io.dockertutor.engine.docker.HostCommand;
import io.dockertutor.engine.docker.RealEngineExtension;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code docker-tutor validate --engine docker} process, stopped while its lesson's containers run: SIGTERM
 * leaves none of its session's objects on the engine; SIGKILL leaves them, and the next validation removes them
 * (and says so), because the state directory remembers whose they were.
 */
@ExtendWith(RealEngineExtension.class)
class StoppedValidationOnRealEngineTest {
    @TempDir
    Path state;

    @Test
    void sigtermInTheMiddleOfAValidationLeavesNoObjectOfItsSessionOnTheEngine() throws Exception {
        Process validate = validate("cleanup");
        String prefix = awaitItsContainers(validate);

        validate.destroy(); // SIGTERM
        assertThat(validate.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(objectsOf(prefix)).as("objects of %s after SIGTERM", prefix).isEmpty();
        assertThat(records()).as("the process's record is gone with its objects").isEmpty();
    }

    @Test
    void objectsOfAValidationKilledOutrightAreRemovedByTheNextOne() throws Exception {
        Process killed = validate("cleanup");
        String prefix = awaitItsContainers(killed);
        killed.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(objectsOf(prefix)).as("left by the killed process").isNotEmpty();

        Process next = validate("no-such-lesson");
        String out = new String(next.getInputStream().readAllBytes());
        next.waitFor(120, TimeUnit.SECONDS);

        assertThat(out).contains("Removed what an earlier docker-tutor session had left on the engine");
        assertThat(objectsOf(prefix)).as("objects of %s after the next validation", prefix).isEmpty();
    }

    private Process validate(String lesson) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.dockertutor.tutor.Main",
                "--lang", "en", "validate", "--engine", "docker", lesson).redirectErrorStream(true);
        pb.environment().put("XDG_STATE_HOME", state.toString());
        if (!lesson.equals("no-such-lesson")) {
            pb.redirectOutput(new File(state.toFile(), "validate-" + System.nanoTime() + ".log"));
        }
        return pb.start();
    }

    /** The prefix of the process's session ids, once a container of its sessions runs on the engine. */
    private String awaitItsContainers(Process p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end && p.isAlive()) {
            List<Path> files = records();
            if (!files.isEmpty()) {
                Properties record = new Properties();
                try (var r = Files.newBufferedReader(files.get(0))) {
                    record.load(r);
                }
                String prefix = record.getProperty("prefix");
                // null: the record is being written as we read it
                if (prefix != null && objectsOf(prefix).stream().anyMatch(o -> o.startsWith("container"))) {
                    return prefix;
                }
            }
            Thread.sleep(100);
        }
        p.destroy();
        throw new AssertionError("validate made no container within two minutes (alive: " + p.isAlive() + ")");
    }

    private List<Path> records() throws Exception {
        Path dir = state.resolve("docker-tutor/sessions");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** Containers, volumes and networks on the engine whose session label starts with {@code prefix}. */
    private static List<String> objectsOf(String prefix) throws Exception {
        String label = "label=" + Ownership.SESSION_LABEL;
        String format = "{{.Label \"" + Ownership.SESSION_LABEL + "\"}}";
        List<String> out = new java.util.ArrayList<>();
        add(out, "container", HostCommand.docker("ps", "-a", "--filter", label, "--format", format), prefix);
        add(out, "volume", HostCommand.docker("volume", "ls", "--filter", label, "--format", format), prefix);
        add(out, "network", HostCommand.docker("network", "ls", "--filter", label, "--format", format), prefix);
        return out;
    }

    private static void add(List<String> out, String kind, String sessions, String prefix) {
        Arrays.stream(sessions.split("\n")).filter(s -> s.startsWith(prefix)).forEach(s -> out.add(kind + " " + s));
    }
}
