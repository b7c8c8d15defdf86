package io.dockertutor.tutor.progress;

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
        ProgressFile a = new ProgressFile(dir);
        ProgressFile b = new ProgressFile(dir);
        Progress pa = a.load().progress();
        Progress pb = b.load().progress();
        pa.finished("basics", 3);
        a.save(pa);
        pb.movedTo("ports", 2);
        b.save(pb);
        Progress onDisk = new ProgressFile(dir).load().progress();
        assertThat(onDisk.isDone("basics")).isTrue();
        assertThat(onDisk.lesson("ports").stepIndex()).isEqualTo(2);
        // The later save also took in the other's lesson, so its next save cannot drop it.
        assertThat(pb.isDone("basics")).isTrue();
    }

    @Test
    void aStepDoneInEitherStaysDoneCountsAddUpAndTheLatestPositionWins() throws Exception {
        ProgressFile start = new ProgressFile(dir);
        Progress p = start.load().progress();
        p.movedTo("ports", 1);
        p.studied("ports", 100);
        attempts(p, "publish", 3);
        start.save(p);

        ProgressFile a = new ProgressFile(dir);
        ProgressFile b = new ProgressFile(dir);
        Progress pa = a.load().progress();
        Progress pb = b.load().progress();
        pa.passed("ports", "publish");
        attempts(pa, "publish", 2);
        pa.studied("ports", 50);
        pa.movedTo("ports", 2);
        a.save(pa);
        attempts(pb, "publish", 4);
        pb.hintShown("ports", "publish", 2);
        pb.passed("ports", "inspect");
        pb.studied("ports", 30);
        pb.movedTo("ports", 3);
        b.save(pb);

        LessonProgress merged = new ProgressFile(dir).load().progress().lesson("ports");
        assertThat(merged.step("publish").done()).isTrue();
        assertThat(merged.step("inspect").done()).isTrue();
        assertThat(merged.step("publish").attempts()).isEqualTo(3 + 2 + 4);
        assertThat(merged.step("publish").hints()).isEqualTo(1);
        assertThat(merged.seconds()).isEqualTo(100 + 50 + 30);
        assertThat(merged.stepIndex()).isEqualTo(3);
    }

    @Test
    void aPositionOnlyTheOtherTutorMovedIsKept() throws Exception {
        ProgressFile a = new ProgressFile(dir);
        ProgressFile b = new ProgressFile(dir);
        Progress pa = a.load().progress();
        Progress pb = b.load().progress();
        pa.movedTo("ports", 4);
        a.save(pa);
        pb.finished("basics", 3);
        b.save(pb);
        assertThat(new ProgressFile(dir).load().progress().lesson("ports").stepIndex()).isEqualTo(4);
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
                    ProgressFile store = new ProgressFile(dir);
                    Progress p = store.load().progress();
                    go.await();
                    for (int i = 0; i < saves; i++) {
                        p.finished(name + "-" + i, 1);
                        p.attempted("shared", "s" + i);
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
        Progress onDisk = new ProgressFile(dir).load().progress();
        for (int t = 0; t < tutors; t++) {
            for (int i = 0; i < saves; i++) {
                assertThat(onDisk.isDone("tutor" + t + "-" + i)).as("tutor%d lesson %d", t, i).isTrue();
            }
        }
        for (int i = 0; i < saves; i++) {
            assertThat(onDisk.lesson("shared").step("s" + i).attempts()).as("attempts on s%d", i).isEqualTo(tutors);
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
        Progress onDisk = new ProgressFile(dir).load().progress();
        for (String name : List.of("left", "right")) {
            for (int i = 0; i < 40; i++) {
                assertThat(onDisk.isDone(name + "-" + i)).as("%s lesson %d", name, i).isTrue();
            }
        }
    }

    private static void attempts(Progress p, String step, int times) {
        for (int i = 0; i < times; i++) {
            p.attempted("ports", step);
        }
    }
}
