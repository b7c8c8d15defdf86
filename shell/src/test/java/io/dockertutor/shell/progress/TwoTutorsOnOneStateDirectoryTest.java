package io.dockertutor.shell.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two tutors saving into one state directory: the later save keeps what the other saved. */
class TwoTutorsOnOneStateDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void theLaterSaveKeepsTheOtherTutorsLessons() throws Exception {
        ProgressStore a = new ProgressStore(dir);
        ProgressStore b = new ProgressStore(dir);
        Progress pa = a.load().progress();
        Progress pb = b.load().progress();
        pa.lesson("basics").done = true;
        a.save(pa);
        pb.lesson("ports").step = 2;
        b.save(pb);
        Progress onDisk = new ProgressStore(dir).load().progress();
        assertThat(onDisk.isDone("basics")).isTrue();
        assertThat(onDisk.lesson("ports").step).isEqualTo(2);
        // The later save also took in the other's lesson, so its next save cannot drop it.
        assertThat(pb.isDone("basics")).isTrue();
    }

    @Test
    void aStepDoneInEitherStaysDoneCountsAddUpAndTheLatestPositionWins() throws Exception {
        ProgressStore start = new ProgressStore(dir);
        Progress p = start.load().progress();
        LessonProgress l = p.lesson("ports");
        l.step = 1;
        l.seconds = 100;
        l.step("publish").attempts = 3;
        start.save(p);

        ProgressStore a = new ProgressStore(dir);
        ProgressStore b = new ProgressStore(dir);
        Progress pa = a.load().progress();
        Progress pb = b.load().progress();
        pa.lesson("ports").step("publish").done = true;
        pa.lesson("ports").step("publish").attempts += 2;
        pa.lesson("ports").seconds += 50;
        pa.lesson("ports").step = 2;
        a.save(pa);
        pb.lesson("ports").step("publish").attempts += 4;
        pb.lesson("ports").step("publish").hints = 1;
        pb.lesson("ports").step("inspect").done = true;
        pb.lesson("ports").seconds += 30;
        pb.lesson("ports").step = 3;
        b.save(pb);

        LessonProgress merged = new ProgressStore(dir).load().progress().lesson("ports");
        assertThat(merged.step("publish").done).isTrue();
        assertThat(merged.step("inspect").done).isTrue();
        assertThat(merged.step("publish").attempts).isEqualTo(3 + 2 + 4);
        assertThat(merged.step("publish").hints).isEqualTo(1);
        assertThat(merged.seconds).isEqualTo(100 + 50 + 30);
        assertThat(merged.step).isEqualTo(3);
    }

    @Test
    void aPositionOnlyTheOtherTutorMovedIsKept() throws Exception {
        ProgressStore a = new ProgressStore(dir);
        ProgressStore b = new ProgressStore(dir);
        Progress pa = a.load().progress();
        Progress pb = b.load().progress();
        pa.lesson("ports").step = 4;
        a.save(pa);
        pb.lesson("basics").done = true;
        b.save(pb);
        assertThat(new ProgressStore(dir).load().progress().lesson("ports").step).isEqualTo(4);
    }

    @Test
    void storesSavingAtOnceLoseNothing() throws Exception {
        int tutors = 4;
        int saves = 25;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tutors);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < tutors; t++) {
                String name = "tutor" + t;
                done.add(pool.submit(() -> {
                    ProgressStore store = new ProgressStore(dir);
                    Progress p = store.load().progress();
                    go.await();
                    for (int i = 0; i < saves; i++) {
                        p.lesson(name + "-" + i).done = true;
                        p.lesson("shared").step("s" + i).attempts++;
                        store.save(p);
                    }
                    store.close();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Progress onDisk = new ProgressStore(dir).load().progress();
        for (int t = 0; t < tutors; t++) {
            for (int i = 0; i < saves; i++) {
                assertThat(onDisk.isDone("tutor" + t + "-" + i)).as("tutor%d lesson %d", t, i).isTrue();
            }
        }
        for (int i = 0; i < saves; i++) {
            assertThat(onDisk.lesson("shared").step("s" + i).attempts).as("attempts on s%d", i).isEqualTo(tutors);
        }
    }

    @Test
    void twoProcessesSavingAtOnceLoseNothing() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> processes = new ArrayList<>();
        for (String name : List.of("left", "right")) {
            processes.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), TutorSavingLessons.class.getName(), dir.toString(), name, "40")
                    .redirectErrorStream(true).start());
        }
        for (Process p : processes) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("done");
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        Progress onDisk = new ProgressStore(dir).load().progress();
        for (String name : List.of("left", "right")) {
            for (int i = 0; i < 40; i++) {
                assertThat(onDisk.isDone(name + "-" + i)).as("%s lesson %d", name, i).isTrue();
            }
        }
    }
}
