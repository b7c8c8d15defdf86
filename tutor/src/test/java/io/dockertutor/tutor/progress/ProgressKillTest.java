package io.dockertutor.tutor.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a process in the middle of saving progress over and over, many times, and reads the file after
 * each kill: it must always be one whole generation, never a torn mix, never damaged, never missing.
 */
class ProgressKillTest {
    private static final int KILLS = 25;

    @TempDir
    Path dir;

    @Test
    void killingTheProcessWhileItWritesAlwaysLeavesTheOldOrTheNewCompleteFile() throws Exception {
        Random random = new Random(42);
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int run = 0; run < KILLS; run++) {
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    ProgressWriterLoop.class.getName(), dir.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(20 + random.nextInt(200));
                p.destroyForcibly();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            ProgressStore.Loaded loaded = new ProgressFile(dir).load();
            assertThat(loaded.setAside()).as("run %d: the file was damaged: %s", run, loaded.problem()).isNull();
            long generation = loaded.progress().lessons().values().iterator().next().seconds();
            assertThat(loaded.progress()).as("run %d: generation %d is whole", run, generation)
                    .isEqualTo(ProgressWriterLoop.generation(generation));
            // The writer had saved READY_AFTER generations before the kill: the file holds one of them or a later one.
            assertThat(generation).as("run %d", run).isGreaterThanOrEqualTo(ProgressWriterLoop.READY_AFTER);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("abandoned temporary files are cleaned up")
                    .containsExactlyInAnyOrder("progress.yaml", "progress.yaml.lock");
        }
    }
}
