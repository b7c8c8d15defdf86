package io.dockertutor.serve.store;

import io.dockertutor.tutor.progress.LessonProgress;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressCodec;
import io.dockertutor.tutor.progress.StepProgress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * A learner's row in the {@code progress} table: the progress as the tutor's YAML text, and beside it what the
 * teacher's grid shows of it (so that the grid is one query, not a YAML parse per learner).
 */
record ProgressRow(String learnerId, String text, Instant updatedAt, String lessonId, Integer stepIndex, String stepId,
                   Instant stepSince, long stepsDone, long hints, long solutions, int stepWrong) {
    private static final String UPSERT = """
            INSERT INTO progress (learner_id, progress, updated_at, lesson_id, step_index, step_id, step_since,
                                  steps_done, hints, solutions, step_wrong)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (learner_id) DO UPDATE SET progress = excluded.progress, updated_at = excluded.updated_at,
                lesson_id = excluded.lesson_id, step_index = excluded.step_index, step_id = excluded.step_id,
                step_since = excluded.step_since, steps_done = excluded.steps_done, hints = excluded.hints,
                solutions = excluded.solutions, step_wrong = excluded.step_wrong""";

    /** The row of {@code p}, saved at {@code at}, on step {@code stepIndex} of {@code lessonId} (null: none) since {@code since}. */
    static ProgressRow of(String learnerId, Progress p, Instant at, String lessonId, Integer stepIndex, Instant since,
                          Curriculum curriculum) {
        String stepId = lessonId == null ? null : curriculum.stepId(lessonId, stepIndex).orElse(null);
        return new ProgressRow(learnerId, ProgressCodec.write(p), at, lessonId, stepIndex, stepId, since,
                p.lessons().values().stream().mapToLong(LessonProgress::stepsDone).sum(),
                p.lessons().values().stream().mapToLong(LessonProgress::hintsShown).sum(),
                p.lessons().values().stream().mapToLong(LessonProgress::solutionsUsed).sum(),
                stepId == null ? 0 : wrongAttempts(p.lesson(lessonId).step(stepId)));
    }

    /** The commands typed on a step that did not pass it. */
    static int wrongAttempts(StepProgress step) {
        return step.done() ? Math.max(0, step.attempts() - 1) : step.attempts();
    }

    /** Inserts the row, or replaces the learner's. */
    void write(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            s.setString(1, learnerId);
            s.setString(2, text);
            s.setLong(3, updatedAt.toEpochMilli());
            s.setString(4, lessonId);
            if (stepIndex == null) {
                s.setNull(5, Types.INTEGER);
            } else {
                s.setInt(5, stepIndex);
            }
            s.setString(6, stepId);
            s.setLong(7, stepSince.toEpochMilli());
            s.setLong(8, stepsDone);
            s.setLong(9, hints);
            s.setLong(10, solutions);
            s.setInt(11, stepWrong);
            s.executeUpdate();
        }
    }
}
