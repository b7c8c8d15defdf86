package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.lessons.LessonLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tutor says after a learner's command in the bundled lessons, over a dumb terminal: a near miss only when
 * the learner made one, a word when a step can no longer pass, and an {@code undo} that takes back the last command
 * that did something and names it.
 */
class HonestFeedbackTest {
    @TempDir
    Path dir;

    private ReplSession session() {
        return new ReplSession(dir.resolve("state")).workspace(dir.resolve("ws")).lessons(LessonLibrary::bundled);
    }

    private static String skips(int n) {
        return "skip\n".repeat(n);
    }

    @Test
    void typingTheUnlessStoppedSolutionCommandByCommandShowsNoNearMiss() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = session().type("start run\n" + skips(4)
                + "docker run -d --name calm --restart unless-stopped nginx:latest\n"
                + "docker stop calm always-web\n"
                + "sudo systemctl restart docker\nexit\n").screen();
        assertThat(screen).contains("step 5 of 6").doesNotContain("Close, but not quite").doesNotContain("can no longer pass")
                .contains("Step 5 of 6 is complete");
    }

    @Test
    void aNearMissIsToldOnceTheLearnerHasMadeTheWholeOfIt() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = session().type("start run\n" + skips(4)
                + "docker run -d --name calm --restart always nginx:latest\n"
                + "docker ps\n"
                + "docker stop calm always-web\n"
                + "sudo systemctl restart docker\nexit\n").screen();
        assertThat(screen).containsOnlyOnce("Close, but not quite")
                .contains("Close, but not quite: `always` brings back even containers you stopped");
        assertThat(screen.indexOf("Close, but not quite")).isGreaterThan(screen.indexOf("systemctl restart docker"));
    }

    @Test
    void aNearMissTypedAnotherWayIsToldByTheStateItLeavesOnce() throws Exception {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("ports.yaml"), """
                id: reversed-ports
                title: {ko: 포트 게시, en: Publishing a port}
                setup: [docker pull nginx:latest]
                steps:
                  - id: publish
                    text: {ko: "8080을 80에", en: "8080 on 80"}
                    hints: [{ko: "`-p`", en: "`-p`"}, {ko: "`-p 호스트:컨테이너`", en: "`-p HOST:CONTAINER`"}]
                    solution: [docker run -d --name web -p 8080:80 nginx:latest]
                    wrong:
                      - commands: [docker run -d --name web -p 80:8080 nginx:latest]
                        hint: {ko: "포트 순서가 바뀌었습니다.", en: "The ports are reversed."}
                        when: [{container: web, ports: ["80:8080"]}]
                    check: [{container: web, ports: ["8080:80"]}]
                """);
        Files.createDirectories(dir.resolve("ws"));
        LessonLibrary library = LessonLibrary.load(lessons);
        String screen = new ReplSession(dir.resolve("state")).workspace(dir.resolve("ws"))
                .lessons(() -> library).type("start reversed-ports\n"
                        + "docker run -d --name web -p 80:8080 nginx\ndocker ps\nexit\n").screen();
        assertThat(screen).containsOnlyOnce("Close, but not quite: The ports are reversed.");
    }

    @Test
    void oneUndoAfterAWrongRunThenLookingTakesBackTheRunAndNamesIt() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = session().type("docker run -d --name oops -p 8080:80 nginx:latest\n"
                + "curl -s 127.0.0.1:8080\ncurl -s 127.0.0.1:8080\ndocker ps\ndocker ps\n"
                + "undo\ndocker ps -a --format '{{.Names}}:{{.Status}}'\nundo\nexit\n").screen();
        String afterUndo = screen.substring(screen.indexOf("Undone"));
        assertThat(afterUndo).startsWith("Undone `docker run -d --name oops -p 8080:80 nginx:latest`")
                .doesNotContain("oops:").contains("There is nothing to undo");
    }

    @Test
    void undoInALessonNamesTheCommandInKorean() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = session().locale(Locale.KOREAN).type("start run\n"
                + "docker create --name oops nginx:latest\ndocker ps -a\nundo\nexit\n").screen();
        assertThat(screen).contains("`docker create --name oops nginx:latest`을(를) 되돌렸습니다");
    }

    @Test
    void theReversedDockerCpIsToldAsADeadEndWithUndoAndUndoOpensTheWayAgain() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = session().type("start files\n"
                + "docker cp web:/usr/share/nginx/html/index.html index.html\n"
                + "undo\n"
                + "docker cp index.html web:/usr/share/nginx/html/index.html\nexit\n").screen();
        assertThat(screen).contains("Close, but not quite: Wrong way round")
                .contains("From here this step can no longer pass, not even with its solution. `undo` takes back "
                        + "`docker cp web:/usr/share/nginx/html/index.html index.html`; `reset step` starts the step again.")
                .contains("Step 1 of 8 is complete");
    }

    @Test
    void aDeadEndIsToldInKorean() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = session().locale(Locale.KOREAN).type("start files\n"
                + "docker cp web:/usr/share/nginx/html/index.html index.html\nexit\n").screen();
        assertThat(screen).contains("정답 명령으로도 이 단계를 더 이상 통과할 수 없습니다").contains("`reset step`");
    }

    @Test
    void aWrongCommandThatLeavesTheWayOpenIsNotCalledADeadEnd() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = session().type("start files\n"
                + "docker cp index.html web:/usr/share/nginx/index.html\ndocker ps\nexit\n").screen();
        assertThat(screen).contains("Close, but not quite: nginx serves files from").doesNotContain("can no longer pass");
    }

    /** A lesson whose one step is checked by what was typed: the bundled lessons check files on state now. */
    private ReplSession volumeListingLesson() throws Exception {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("01-where.yaml"), """
                id: where
                title: {ko: 볼륨의 자리, en: Where a volume lives}
                setup: [docker pull nginx:latest, docker run -d --name vol -v nginx_volume:/usr/share/nginx/html nginx:latest]
                steps:
                  - id: list
                    needs: [engine-files]
                    text: {ko: 볼륨의 디렉터리를 보세요., en: List the volume's directory.}
                    hints: [the idea, the syntax]
                    solution: [ls /var/lib/docker/volumes/nginx_volume/_data]
                    check:
                      - ran: '^\\s*(sudo\\s+)?ls\\b.*/var/lib/docker/volumes/nginx_volume/_data'
                        like: ls /var/lib/docker/volumes/nginx_volume/_data
                      - output: {contains: 50x.html}
                """);
        return new ReplSession(dir.resolve("state")).workspace(dir.resolve("ws")).lessons(lessons);
    }

    @Test
    void aFailedRanCheckSaysWhatToRunAndCdThenLsCountsAsTheAbsolutePath() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = volumeListingLesson().type("start where\ncheck\n"
                + "cd /var/lib/docker/volumes/nginx_volume/_data\nls\nexit\n").screen();
        assertThat(screen).contains("expected you to run a command like `ls /var/lib/docker/volumes/nginx_volume/_data`")
                .doesNotContain("\\s").doesNotContain("\\b").contains("Step 1 of 1 is complete");
    }

    @Test
    void aFailedRanCheckSaysWhatToRunInKorean() throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        String screen = volumeListingLesson().locale(Locale.KOREAN).type("start where\ncheck\nexit\n").screen();
        assertThat(screen).contains("`ls /var/lib/docker/volumes/nginx_volume/_data` 같은 명령을 실행해야 하지만")
                .doesNotContain("\\s");
    }
}
