package io.dockertutor.lessons;

import java.util.List;

/** A lesson file that cannot be used, with every problem found in it (file:line:column each). */
public final class LessonException extends Exception {
    private final List<LessonProblem> problems;

    public LessonException(List<LessonProblem> problems) {
        super(String.join("\n", problems.stream().map(LessonProblem::toString).toList()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<LessonProblem> problems() {
        return problems;
    }
}
