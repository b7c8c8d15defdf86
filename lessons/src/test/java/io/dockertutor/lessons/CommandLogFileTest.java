package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command log holds exactly what validation ran, session by session, so a replay with the docker CLI can follow it. */
class CommandLogFileTest {
    private static final Lesson LOGGED = new LessonReader().read("""
            id: logged
            title: Logged
            files:
              note.txt: "hello\\n"
            setup: [docker pull busybox]
            cleanup: [echo bye]
            steps:
              - id: a
                text: A
                hints: [h]
                solution: [docker tag busybox mine:1]
                wrong:
                  - commands: [docker tag busybox other:1]
                check: [{image: mine:1}]
              - id: b
                text: B
                hints: [h]
                solution:
                  - "!docker pull nosuchimage"
                  - |
                    cat <<EOF > made.txt
                    two lines
                    EOF
                  - docker tag busybox mine:2
                check: [{image: mine:2}]
            """, "logged.yaml").lesson();

    @Test
    void everySessionListsItsFilesAndCommandsInOrderAndEndsWhereTheTutorCleansUp(@TempDir Path dir) throws IOException {
        List<String> lines = logOf(SimulatedValidation.replayingValidator(), List.of(LOGGED), dir);

        String note = "file note.txt " + Base64.getEncoder().encodeToString("hello\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines).containsExactly(
                CommandLogFile.HEADER,
                // step a, its wrong attempt in a session of its own
                "session logged", note,
                "command setup 0 T docker pull busybox",
                "command step 0 T docker tag busybox other:1",
                "command cleanup 0 T echo bye",
                "end",
                // step a, its solution
                "session logged", note,
                "command setup 0 T docker pull busybox",
                "command step 0 T docker tag busybox mine:1",
                "command cleanup 0 T echo bye",
                "end",
                // step b: step a's solution replayed first; the expected failure is logged with its status
                "session logged", note,
                "command setup 0 T docker pull busybox",
                "command replay 0 T docker tag busybox mine:1",
                "command step 1 T docker pull nosuchimage",
                "command step 0 T cat <<EOF > made.txt",
                "+ two lines",
                "+ EOF",
                "+ ",
                "command step 0 T docker tag busybox mine:2",
                "command cleanup 0 T echo bye",
                "end");
    }

    @Test
    void sessionsRunInParallelAreWrittenWholeOneAfterAnother(@TempDir Path dir) throws IOException {
        Lesson other = new LessonReader().read("""
                id: other
                title: Other
                setup: [docker pull alpine:3.7]
                steps:
                  - {id: s, text: S, hints: [h], solution: [docker tag alpine:3.7 theirs:1], check: [{image: theirs:1}]}
                """, "other.yaml").lesson();

        // The snapshot strategy walks the two lessons on two threads at once.
        List<String> lines = logOf(SimulatedValidation.validator(), List.of(LOGGED, other, LOGGED, other), dir);

        String lesson = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("session ")) {
                assertThat(lesson).as("a session began inside another").isNull();
                lesson = line.substring("session ".length());
            } else if (line.equals("end")) {
                lesson = null;
            } else if (line.startsWith("command ")) {
                assertThat(line).as("in a session of " + lesson).doesNotContain(lesson.equals("other") ? "busybox" : "alpine");
            }
        }
        assertThat(lines.stream().filter(l -> l.startsWith("session "))).hasSize(4);
        assertThat(lines).last().isEqualTo("end");
    }

    @Test
    void aLessonListedTwiceIsWalkedTwiceAndBothWalksEndBeforeValidationReturns() {
        // The walk that starts first holds back until the other has ended, the order a slow machine can give by
        // chance; which of the two walks that is varies, so the race is run several times.
        for (int round = 0; round < 8; round++) {
            java.util.concurrent.CountDownLatch otherEnded = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();
            LessonValidator validator = SimulatedValidation.validator();
            validator.commandListener(new CommandListener() {
                @Override
                public void sessionStarted(LessonRun run) {
                    if (started.incrementAndGet() == 1) {
                        try {
                            otherEnded.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public void commandRan(LessonRun run, Kind kind, String command, int status, long nanos) {
                }

                @Override
                public void sessionEnded(LessonRun run) {
                    ended.incrementAndGet();
                    otherEnded.countDown();
                }
            });
            List<LessonValidator.StepResult> results = new java.util.ArrayList<>();

            validator.validateAll(List.of(LOGGED, LOGGED), results::add);

            assertThat(ended).as("sessions ended when validation returned, round " + round).hasValue(2);
            assertThat(results).extracting(LessonValidator.StepResult::step).containsExactly("a", "b", "a", "b");
        }
    }

    /** The log of validating {@code lessons}, each command's time replaced by {@code T}. */
    private static List<String> logOf(LessonValidator validator, List<Lesson> lessons, Path dir) throws IOException {
        Path file = dir.resolve("commands.log");
        try (CommandLogFile log = new CommandLogFile(file)) {
            validator.commandListener(log);
            validator.validateAll(lessons, r -> { });
        }
        return Files.readAllLines(file).stream().map(l -> l.replaceFirst("^(command \\w+ \\d+) \\d+\\.\\d ", "$1 T ")).toList();
    }
}
