/**
 * A learner's progress (lessons done, current step, hints, solutions, time, attempts), the {@code ProgressStore}
 * that keeps it between sessions and its file under the state directory ({@code ProgressFile}), written atomically. {@code Progress} is told what the learner did and answers value records
 * ({@code LessonProgress}, {@code StepProgress}); nothing outside this package changes a record in place. Depends on SnakeYAML and the JDK only: no terminal, no lessons, no engine.
 */
package io.dockertutor.tutor.progress;
