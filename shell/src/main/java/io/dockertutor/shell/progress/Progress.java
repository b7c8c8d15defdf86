package io.dockertutor.shell.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything docker-tutor remembers about a learner between runs: whether the welcome was shown, the lesson in
 * progress, and a record per lesson. {@link ProgressStore} reads and writes it; {@link #copy()} gives the store an
 * unchanging snapshot to write.
 */
public final class Progress {
    public boolean welcomed;
    /** The lesson to resume on the next start, or null in free practice. */
    public String current;
    public final Map<String, LessonProgress> lessons = new LinkedHashMap<>();

    public LessonProgress lesson(String id) {
        return lessons.computeIfAbsent(id, k -> new LessonProgress());
    }

    public boolean isDone(String lessonId) {
        LessonProgress l = lessons.get(lessonId);
        return l != null && l.done;
    }

    public Progress copy() {
        Progress c = new Progress();
        c.welcomed = welcomed;
        c.current = current;
        lessons.forEach((k, v) -> c.lessons.put(k, v.copy()));
        return c;
    }

    /**
     * Becomes {@code other} in place, keeping the lesson and step records already handed out (a caller holding one
     * keeps counting into the live record): how a save takes in what another tutor saved meanwhile.
     */
    void adopt(Progress other) {
        welcomed = other.welcomed;
        current = other.current;
        lessons.keySet().retainAll(other.lessons.keySet());
        other.lessons.forEach((id, l) -> lesson(id).adopt(l));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Progress p && p.welcomed == welcomed && Objects.equals(p.current, current) && p.lessons.equals(lessons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(welcomed, current, lessons);
    }
}
