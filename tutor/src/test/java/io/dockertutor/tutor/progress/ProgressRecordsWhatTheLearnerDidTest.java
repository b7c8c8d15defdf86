package io.dockertutor.tutor.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress model on its own: what each thing a learner does leaves in the record, and what it never changes. */
class ProgressRecordsWhatTheLearnerDidTest {
    private final Progress progress = new Progress();

    @Test
    void aFirstRunHasNoWelcomeNoLessonToResumeAndNoRecords() {
        assertThat(progress.welcomed()).isFalse();
        assertThat(progress.current()).isEmpty();
        assertThat(progress.lessons()).isEmpty();
        progress.welcome();
        assertThat(progress.welcomed()).isTrue();
    }

    @Test
    void openingALessonMakesItTheOneToResumeAtThatStep() {
        progress.opened("ports", 2);
        assertThat(progress.current()).contains("ports");
        assertThat(progress.lesson("ports").stepIndex()).isEqualTo(2);
        assertThat(progress.lesson("ports").resumeAt(4)).isEqualTo(2);
        progress.leftLesson();
        assertThat(progress.current()).isEmpty();
        assertThat(progress.lesson("ports").stepIndex()).as("leaving keeps the lesson's place").isEqualTo(2);
    }

    @Test
    void askingAboutALessonNeverOpenedRecordsNothing() {
        assertThat(progress.lesson("ports")).isEqualTo(LessonProgress.NOT_STARTED);
        assertThat(progress.lesson("ports").step("publish")).isEqualTo(StepProgress.NOT_STARTED);
        assertThat(progress.isDone("ports")).isFalse();
        assertThat(progress.lessons()).isEmpty();
    }

    @Test
    void aStepCountsAsSkippedOnlyWhenItHadNotPassed() {
        progress.passedOver("ports", "publish");
        progress.passed("ports", "inspect");
        progress.passedOver("ports", "inspect");
        assertThat(progress.lesson("ports").step("publish").skipped()).isTrue();
        assertThat(progress.lesson("ports").step("publish").done()).isFalse();
        assertThat(progress.lesson("ports").step("inspect").skipped()).isFalse();
        assertThat(progress.lesson("ports").step("inspect").done()).isTrue();
    }

    @Test
    void hintsAreCountedUpToTheNumberTheStepHas() {
        for (int i = 0; i < 5; i++) {
            progress.hintShown("ports", "publish", 2);
        }
        assertThat(progress.lesson("ports").step("publish").hints()).isEqualTo(2);
    }

    @Test
    void runningASolutionOutranksShowingItAndShowingItAfterwardsDoesNotLowerIt() {
        progress.solutionUsed("ports", "publish", StepProgress.Solution.SHOWN);
        assertThat(progress.lesson("ports").step("publish").solution()).isEqualTo(StepProgress.Solution.SHOWN);
        progress.solutionUsed("ports", "publish", StepProgress.Solution.RUN);
        progress.solutionUsed("ports", "publish", StepProgress.Solution.SHOWN);
        assertThat(progress.lesson("ports").step("publish").solution()).isEqualTo(StepProgress.Solution.RUN);
    }

    @Test
    void finishingALessonMovesPastItsLastStepAndLeavesNothingToResume() {
        progress.opened("ports", 3);
        progress.finished("ports", 4);
        assertThat(progress.isDone("ports")).isTrue();
        assertThat(progress.anyDone()).isTrue();
        assertThat(progress.lesson("ports").stepIndex()).isEqualTo(4);
        assertThat(progress.current()).isEmpty();
    }

    @Test
    void aFinishedLessonStartsAgainAtItsFirstStepAndStaysFinishedWhilePlayedAgain() {
        progress.finished("ports", 4);
        assertThat(progress.lesson("ports").resumeAt(4)).isZero();
        progress.opened("ports", 0);
        progress.movedTo("ports", 2);
        assertThat(progress.isDone("ports")).isTrue();
        assertThat(progress.lesson("ports").playedAgain(4)).isTrue();
        assertThat(progress.lesson("ports").resumeAt(4)).as("comes back where the replay was left").isEqualTo(2);
        progress.finished("ports", 4);
        assertThat(progress.lesson("ports").playedAgain(4)).isFalse();
    }

    @Test
    void aTallyCountsEachOfTheLessonsStepsByHowItWasPassed() {
        progress.passed("ports", "own");
        progress.solutionUsed("ports", "shown", StepProgress.Solution.SHOWN);
        progress.passed("ports", "shown");
        progress.solutionUsed("ports", "ran", StepProgress.Solution.RUN);
        progress.passed("ports", "ran");
        progress.passedOver("ports", "skipped");
        progress.passed("ports", "gone-from-the-lesson");
        assertThat(progress.lesson("ports").tally(java.util.List.of("own", "shown", "ran", "skipped", "untouched")))
                .isEqualTo(new LessonProgress.Tally(1, 2, 1, 1));
    }

    @Test
    void aLessonWithFewerStepsThanThePlaceRecordedStartsAgainAtItsFirst() {
        progress.movedTo("ports", 5);
        assertThat(progress.lesson("ports").resumeAt(3)).as("the lesson lost steps since").isZero();
    }

    @Test
    void aLessonsTotalsAddUpItsSteps() {
        progress.attempted("ports", "publish");
        progress.attempted("ports", "publish");
        progress.attempted("ports", "inspect");
        progress.hintShown("ports", "publish", 3);
        progress.hintShown("ports", "inspect", 3);
        progress.solutionUsed("ports", "inspect", StepProgress.Solution.RUN);
        progress.passed("ports", "publish");
        progress.studied("ports", 61);
        LessonProgress ports = progress.lesson("ports");
        assertThat(ports.attempts()).isEqualTo(3);
        assertThat(ports.hintsShown()).isEqualTo(2);
        assertThat(ports.solutionsUsed()).isEqualTo(1);
        assertThat(ports.stepsDone()).isEqualTo(1);
        assertThat(ports.minutesBegun()).as("61 seconds began a second minute").isEqualTo(2);
    }

    @Test
    void aRecordHandedOutStaysAsItWasWhenTheLearnerGoesOn() {
        progress.attempted("ports", "publish");
        LessonProgress earlier = progress.lesson("ports");
        progress.attempted("ports", "publish");
        assertThat(earlier.step("publish").attempts()).isEqualTo(1);
        assertThat(progress.lesson("ports").step("publish").attempts()).isEqualTo(2);
        assertThatThrownBy(() -> progress.lessons().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> earlier.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCopyDoesNotFollowLaterWork() {
        progress.opened("ports", 1);
        Progress copy = progress.copy();
        progress.attempted("ports", "publish");
        progress.finished("ports", 2);
        assertThat(copy.lesson("ports").attempts()).isZero();
        assertThat(copy.isDone("ports")).isFalse();
        assertThat(copy.current()).contains("ports");
    }

    @Test
    void importingReplacesTheLessonsAndTheLessonToResumeAndCountsTheWelcomeAsSeen() {
        progress.finished("basics", 2);
        Progress imported = new Progress();
        imported.opened("ports", 1);
        progress.replaceWith(imported);
        assertThat(progress.lessons()).containsOnlyKeys("ports");
        assertThat(progress.current()).contains("ports");
        assertThat(progress.welcomed()).isTrue();
    }

    @Test
    void countsAndPlacesAreNeverNegative() {
        assertThatThrownBy(() -> new StepProgress(false, false, -1, StepProgress.Solution.NONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepProgress(false, false, 0, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LessonProgress(false, -1, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LessonProgress(false, 0, -5, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
