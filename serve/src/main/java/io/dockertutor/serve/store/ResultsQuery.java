package io.dockertutor.serve.store;

import io.dockertutor.tutor.progress.LessonProgress;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressCodec;
import io.dockertutor.tutor.progress.StepProgress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link ClassResults} in two queries: the learners with their progress rows, and the events that start and end
 * steps (for each step's time).
 */
final class ResultsQuery {
    private static final String LEARNERS = """
            SELECT l.id, l.display_name, p.progress, p.lesson_id, p.step_id, p.step_since
            FROM learners l LEFT JOIN progress p ON p.learner_id = l.id
            WHERE l.class_name = ?
            ORDER BY l.joined_at, l.id""";
    private static final String STEP_EVENTS = """
            SELECT e.learner_id, e.at, e.kind, e.lesson_id, e.step_id
            FROM events e JOIN learners l ON l.id = e.learner_id
            WHERE l.class_name = ? AND e.kind IN ('LESSON_STARTED', 'STEP_PASSED', 'STEP_SKIPPED')
            ORDER BY e.learner_id, e.seq""";

    private ResultsQuery() {
    }

    private record Row(String learnerId, String displayName, Progress progress, String lessonId, String stepId,
                       Instant stepSince) {
    }

    static ClassResults run(Connection c, String className, Curriculum curriculum, Instant now) throws SQLException {
        List<Row> rows = rows(c, className);
        Map<String, Long> seconds = stepSeconds(c, className);
        List<ClassResults.LessonResult> lessons = new ArrayList<>();
        for (Row row : rows) {
            Set<String> lessonIds = new LinkedHashSet<>(curriculum.steps().keySet());
            lessonIds.addAll(row.progress().lessons().keySet());
            for (String lessonId : lessonIds) {
                LessonProgress lesson = row.progress().lesson(lessonId);
                List<String> stepIds = curriculum.steps().containsKey(lessonId) ? curriculum.steps().get(lessonId)
                        : List.copyOf(lesson.steps().keySet());
                List<ClassResults.StepResult> steps = new ArrayList<>();
                for (String stepId : stepIds) {
                    StepProgress s = lesson.step(stepId);
                    ClassResults.Status status = s.done() ? ClassResults.Status.DONE
                            : s.skipped() ? ClassResults.Status.SKIPPED : ClassResults.Status.OPEN;
                    long secs = seconds.getOrDefault(key(row.learnerId(), lessonId, stepId), 0L);
                    if (status == ClassResults.Status.OPEN && lessonId.equals(row.lessonId()) && stepId.equals(row.stepId())
                            && row.stepSince() != null) {
                        secs = Math.max(0, Duration.between(row.stepSince(), now).toSeconds());
                    }
                    steps.add(new ClassResults.StepResult(stepId, status, s.hints(), s.solution(), s.attempts(), secs));
                }
                lessons.add(new ClassResults.LessonResult(row.learnerId(), row.displayName(), lessonId, lesson.seconds(), steps));
            }
        }
        return new ClassResults(className, now, lessons);
    }

    private static List<Row> rows(Connection c, String className) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(LEARNERS)) {
            s.setString(1, className);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long since = r.getLong(6);
                    Instant stepSince = r.wasNull() ? null : Instant.ofEpochMilli(since);
                    rows.add(new Row(r.getString(1), r.getString(2), progress(r.getString(3)), r.getString(4),
                            r.getString(5), stepSince));
                }
            }
        }
        return rows;
    }

    /** A row the tutor cannot read counts as no progress: the export goes on for the rest of the class. */
    private static Progress progress(String text) {
        if (text == null) {
            return new Progress();
        }
        try {
            return ProgressCodec.read(text);
        } catch (ProgressCodec.FormatException e) {
            return new Progress();
        }
    }

    /**
     * Each step's seconds from the moment the learner reached it (the lesson's start or the previous step's end) to
     * its first end, by {@link #key}.
     */
    private static Map<String, Long> stepSeconds(Connection c, String className) throws SQLException {
        Map<String, Long> seconds = new HashMap<>();
        Map<String, Long> reached = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(STEP_EVENTS)) {
            s.setString(1, className);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String lessonKey = r.getString(1) + '\n' + r.getString(4);
                    long at = r.getLong(2);
                    if (!r.getString(3).equals(EventKind.LESSON_STARTED.name())) {
                        Long from = reached.get(lessonKey);
                        if (from != null) {
                            seconds.putIfAbsent(key(r.getString(1), r.getString(4), r.getString(5)), (at - from) / 1000);
                        }
                    }
                    reached.put(lessonKey, at);
                }
            }
        }
        return seconds;
    }

    private static String key(String learnerId, String lessonId, String stepId) {
        return learnerId + '\n' + lessonId + '\n' + stepId;
    }
}
