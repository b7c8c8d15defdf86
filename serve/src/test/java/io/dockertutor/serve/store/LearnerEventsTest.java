package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.StepProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events are read from what changed between two saves: the REPL saves as it always did, nothing more. */
class LearnerEventsTest {
    private static final Instant AT = Instant.parse("2026-12-06T09:00:00Z");

    private static List<EventKind> kinds(Progress before, Progress after) {
        return ProgressDiff.events("ada", AT, before, after).stream().map(LearnerEvent::kind).toList();
    }

    @Test
    void openingALessonStartsIt() {
        Progress before = new Progress();
        Progress after = before.copy();
        after.opened("images", 0);
        assertThat(ProgressDiff.events("ada", AT, before, after))
                .containsExactly(new LearnerEvent("ada", AT, EventKind.LESSON_STARTED, "images", null));
    }

    @Test
    void eachCommandHintAndSolutionOfAStepIsAnEvent() {
        Progress before = new Progress();
        before.opened("images", 0);
        Progress after = before.copy();
        after.attempted("images", "list");
        after.attempted("images", "list");
        after.hintShown("images", "list", 3);
        after.solutionUsed("images", "list", StepProgress.Solution.SHOWN);
        assertThat(kinds(before, after)).containsExactly(EventKind.ATTEMPT, EventKind.ATTEMPT, EventKind.HINT,
                EventKind.SOLUTION_SHOWN);
        Progress run = after.copy();
        run.solutionUsed("images", "list", StepProgress.Solution.RUN);
        run.passed("images", "list");
        assertThat(kinds(after, run)).containsExactly(EventKind.SOLUTION_RUN, EventKind.STEP_PASSED);
    }

    @Test
    void movingPastAStepWithoutPassingItSkipsIt() {
        Progress before = new Progress();
        before.opened("images", 0);
        Progress after = before.copy();
        after.passedOver("images", "list");
        after.movedTo("images", 1);
        assertThat(kinds(before, after)).containsExactly(EventKind.STEP_SKIPPED);
    }

    @Test
    void passingTheLastStepFinishesTheLesson() {
        Progress before = new Progress();
        before.opened("ports", 1);
        Progress after = before.copy();
        Lessons.solve(after, "ports", 1, 0);
        assertThat(ProgressDiff.events("ada", AT, before, after)).extracting(LearnerEvent::kind, LearnerEvent::stepId)
                .containsExactly(tuple(EventKind.ATTEMPT, "expose"), tuple(EventKind.STEP_PASSED, "expose"),
                        tuple(EventKind.LESSON_DONE, null));
    }

    @Test
    void aSaveThatChangesNothingIsNoEvent() {
        Progress p = new Progress();
        Lessons.start(p, "images");
        Lessons.solve(p, "images", 0, 3);
        assertThat(kinds(p, p.copy())).isEmpty();
    }

    @Test
    void anImportedHistoryIsBoundedNotReplayed() {
        Progress before = new Progress();
        before.opened("images", 0);
        Progress after = before.copy();
        for (int i = 0; i < 1000; i++) {
            after.attempted("images", "list");
        }
        assertThat(kinds(before, after)).hasSize(ProgressDiff.MAX_REPEATS);
    }

    @DatabaseTest
    void theEventsOfEverySaveAreKeptInOrder(TestDatabase db) throws Exception {
        ClassroomClock clock = new ClassroomClock();
        ClassDatabase classDb = db.open(clock);
        Learner ada = classDb.learners().join("docker-101", "Ada");
        DatabaseProgress store = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { });
        Progress progress = store.load().progress();
        Lessons.start(progress, "ports");
        store.save(progress);
        clock.advance(Duration.ofSeconds(30));
        progress.attempted("ports", "publish");
        progress.hintShown("ports", "publish", 2);
        store.save(progress);
        clock.advance(Duration.ofSeconds(30));
        Lessons.solve(progress, "ports", 0, 0);
        store.save(progress);
        progress.passedOver("ports", "expose");
        progress.finished("ports", 2);
        store.save(progress);

        Instant start = Instant.parse("2026-12-06T09:00:00Z");
        assertThat(classDb.events(ada.id())).extracting(LearnerEvent::at, LearnerEvent::kind, LearnerEvent::stepId)
                .containsExactly(
                        tuple(start, EventKind.LESSON_STARTED, null),
                        tuple(start.plusSeconds(30), EventKind.ATTEMPT, "publish"),
                        tuple(start.plusSeconds(30), EventKind.HINT, "publish"),
                        tuple(start.plusSeconds(60), EventKind.ATTEMPT, "publish"),
                        tuple(start.plusSeconds(60), EventKind.STEP_PASSED, "publish"),
                        tuple(start.plusSeconds(60), EventKind.STEP_SKIPPED, "expose"),
                        tuple(start.plusSeconds(60), EventKind.LESSON_DONE, null));
    }
}
