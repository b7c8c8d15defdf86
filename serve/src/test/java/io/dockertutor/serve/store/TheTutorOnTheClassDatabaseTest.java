package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.repl.Hosting;
import io.dockertutor.tutor.repl.Repl;
import io.dockertutor.tutor.repl.ReplSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The tutor's own REPL, hosted on a learner's {@link DatabaseProgress}: what the learner does arrives in the database
 * as progress and events with no hook in the REPL, and a new server resumes the learner at their step.
 */
class TheTutorOnTheClassDatabaseTest {
    private static final LessonLibrary LESSONS = LessonLibrary.bundled();
    private static final Curriculum CURRICULUM = Curriculum.of(LESSONS);

    private static String session(ClassDatabase db, TestDatabase where, Learner learner, String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new org.jline.terminal.Size(1000, 40));
            Hosting hosting = new Hosting(true, () -> db.progressOf(learner.id(), CURRICULUM, p -> { }));
            ReplSettings settings = new ReplSettings(Locale.ENGLISH, "sim", null, null, false, () -> LESSONS,
                    where.stateDirectory().resolve("learners").resolve(learner.id()), null, hosting);
            new Repl(terminal, settings, Map.of()).run();
            terminal.flush();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @DatabaseTest
    void aStepSolvedInTheTutorIsPassedInTheDatabaseAndResumedByTheNextServer(TestDatabase db) throws Exception {
        Lesson first = LESSONS.lessons().get(0);
        String solution = String.join("\n", first.steps().get(0).solution());
        ClassDatabase server = db.open();
        Learner ada = server.learners().join("docker-101", "Ada");
        String screen = session(server, db, ada, "start\ndocker --version\n" + solution + "\nexit\n");
        assertThat(screen).contains("Step 1 of " + first.steps().size() + " is complete");

        ClassSnapshot.LearnerStatus status = server.snapshot("docker-101").learners().get(0);
        assertThat(status.lessonId()).isEqualTo(first.id());
        assertThat(status.stepIndex()).isEqualTo(1);
        assertThat(status.stepId()).isEqualTo(first.steps().get(1).id());
        assertThat(status.stepsDone()).isEqualTo(1);
        assertThat(server.events(ada.id())).extracting(LearnerEvent::kind)
                .containsSubsequence(EventKind.LESSON_STARTED, EventKind.ATTEMPT, EventKind.ATTEMPT, EventKind.STEP_PASSED);

        String resumed = session(db.open(), db, ada, "exit\n");
        assertThat(resumed).contains("[" + first.id() + " 2/" + first.steps().size() + "]");
    }
}
