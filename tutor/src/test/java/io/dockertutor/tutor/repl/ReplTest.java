package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplTest {
    @TempDir
    Path state;

    private ReplSession session() {
        return new ReplSession(state);
    }

    @Test
    void firstRunWelcomesAndSaysHowToStartThenOnlyOnce() throws Exception {
        String first = session().type("exit\n").screen();
        assertThat(first).contains("Welcome to docker-tutor").contains("Type `start` to begin the first lesson");
        String second = session().type("exit\n").screen();
        assertThat(second).doesNotContain("Welcome to docker-tutor").contains("Welcome back");
    }

    @Test
    void startShowsTheFirstStepAndThePromptNamesLessonAndStep() throws Exception {
        String screen = session().type("start\nexit\n").screen();
        assertThat(screen).contains("Starting \"Your first image\"").contains("── Your first image · step 1 of 3 ──")
                .contains("Download the `nginx` image").contains("[first-image 1/3] $ ");
    }

    @Test
    void aCommandThatSolvesTheStepIsAnnouncedAndTheNextStepShown() throws Exception {
        String screen = session().type("start\ndocker pull nginx\nexit\n").screen();
        assertThat(screen).contains("Status: Downloaded newer image for nginx:latest")
                .contains("✓ Well done! Step 1 of 3 is complete.").contains("[first-image 2/3] $ ");
        assertThat(Files.readString(state.resolve("progress.yaml"))).contains("pull:").contains("done: true");
    }

    @Test
    void aNearMissListedInTheStepGetsItsOwnHint() throws Exception {
        String screen = session().type("start\ndocker pull ngnix\nexit\n").screen();
        assertThat(screen).contains("Close, but not quite: Check the spelling of the image name: n-g-i-n-x.");
    }

    @Test
    void checkSaysWhatIsMissingAndHintsComeOneByOne() throws Exception {
        String screen = session().type("start\ncheck\nhint\nhint\nhint\nexit\n").screen();
        assertThat(screen).contains("✗ Not yet:").contains("Hint 1 of 2:").contains("Hint 2 of 2:")
                .contains("That was the last hint");
        assertThat(Files.readString(state.resolve("progress.yaml"))).contains("hints: 2");
    }

    @Test
    void solutionRunSolvesTheStepAndIsRecorded() throws Exception {
        String screen = session().type("start\nsolution\nsolution run\nexit\n").screen();
        assertThat(screen).contains("The solution").contains("    docker pull nginx").contains("$ docker pull nginx")
                .contains("Step 1 of 3 is complete");
        assertThat(Files.readString(state.resolve("progress.yaml"))).contains("solution: run");
    }

    @Test
    void undoTakesBackTheLastCommandOnTheEngine() throws Exception {
        String screen = session().type("start\ndocker pull busybox\nundo\ndocker images --format '{{.Repository}}'\nexit\n").screen();
        assertThat(screen).contains("Undone");
        assertThat(screen.substring(screen.lastIndexOf("Undone"))).doesNotContain("busybox\n");
    }

    @Test
    void resetPutsTheEngineBackToHowTheStepBegan() throws Exception {
        String screen = session().type("start\ndocker pull nginx\ndocker tag nginx x:1\ndocker tag nginx y:2\nreset\n"
                + "docker images --format 'img {{.Repository}}'\nexit\n").screen();
        String after = screen.substring(screen.indexOf("back to how this step began"));
        assertThat(after).contains("img nginx").doesNotContain("img x").doesNotContain("img y");
    }

    @Test
    void resetAlsoPutsTheWorkspaceFilesBack() throws Exception {
        String screen = session().type("start\necho hi > notes.txt\nls\nreset\nls\nexit\n").screen();
        String after = screen.substring(screen.indexOf("back to how this step began"));
        assertThat(screen.substring(0, screen.indexOf("back to how"))).contains("notes.txt");
        assertThat(after).doesNotContain("notes.txt");
    }

    @Test
    void leavingAndComingBackResumesAtTheSameStepWithTheEngineRebuilt() throws Exception {
        session().type("start\ndocker pull nginx\nexit\n");
        String back = session().type("docker images --format '{{.Repository}}:{{.Tag}}'\nexit\n").screen();
        assertThat(back).contains("Continuing \"Your first image\" at step 2").contains("[first-image 2/3] $ ")
                .contains("nginx:latest");
    }

    @Test
    void endOfInputLeavesLikeCtrlDAndSavesProgressAndHistory() throws Exception {
        ReplSession.Result r = session().type("start\ndocker pull nginx\n");
        assertThat(r.screen()).contains("Progress saved");
        assertThat(r.status()).isZero();
        assertThat(Files.readString(state.resolve("progress.yaml"))).contains("current: first-image");
        assertThat(Files.readString(state.resolve("history"))).contains("docker pull nginx");
    }

    @Test
    void ctrlCDropsTheLineBeingTyped() throws Exception {
        String screen = session().type("echo dropped\u0003echo kept\nexit\n").screen();
        assertThat(screen).contains("kept").doesNotContain("dropped\n");
    }

    @Test
    void aHereDocumentAndATrailingBackslashContinueOnTheNextLine() throws Exception {
        String screen = session().type("cat <<EOF\nline one\nline two\nEOF\necho a \\\nb\nexit\n").screen();
        assertThat(screen).contains("line one\nline two\n").contains("a b\n").doesNotContain("syntax error");
    }

    @Test
    void theShellsExitStatusBecomesTheTutorsOwn() throws Exception {
        assertThat(session().type("true && exit 3\n").status()).isEqualTo(3);
    }

    @Test
    void koreanLearnersReadTheTutorAndTheLessonInKorean() throws Exception {
        String screen = session().locale(Locale.KOREAN).type("start\ndocker pull nginx\nexit\n").screen();
        assertThat(screen).contains("docker-tutor에 오신 것을 환영합니다").contains("── 첫 번째 이미지 · 3단계 중 1단계 ──")
                .contains("컨테이너는 이미지에서 시작합니다").contains("✓ 잘했습니다! 3단계 중 1단계를 마쳤습니다.")
                .contains("| 뜻");
    }

    @Test
    void langSwitchesTheTutorsLanguageAtOnce() throws Exception {
        String screen = session().type("lang ko\nhelp\nexit\n").screen();
        assertThat(screen).contains("언어: 한국어.").contains("튜터 명령");
    }

    @Test
    void helpListsEveryTutorCommandAndEachAnswersHelp() throws Exception {
        StringBuilder input = new StringBuilder("help\n");
        for (TutorVerb v : TutorVerb.values()) {
            input.append(v.word()).append(" --help\n");
        }
        String screen = session().type(input.append("exit\n").toString()).screen();
        for (TutorVerb v : TutorVerb.values()) {
            assertThat(screen).contains("  " + v.word() + " ").contains("Usage: " + v.word());
        }
    }

    @Test
    void switchingToAnUnreachableRealEngineSaysWhyAndStaysOnTheSimulator() throws Exception {
        String screen = session().env(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"))
                .type("engine\nengine docker\nengine nonsense\nengine\nexit\n").screen();
        assertThat(screen).contains("Available: sim, docker")
                .contains("Cannot connect to the Docker daemon at unix:///nonexistent/docker.sock")
                .contains("unknown engine 'nonsense'");
    }

    @Test
    void progressExportAndImportMoveProgressBetweenMachines(@TempDir Path elsewhere) throws Exception {
        Path file = elsewhere.resolve("moved.yaml");
        session().type("start\ndocker pull nginx\nprogress export " + file + "\nexit\n");
        assertThat(Files.readString(file)).contains("first-image");
        ReplSession other = new ReplSession(elsewhere.resolve("state2"));
        String screen = other.type("progress import " + file + "\nprogress\nexit\n").screen();
        assertThat(screen).contains("Progress read from").contains("→ first-image (Your first image): on step 2 of 3; no hints, 1 command");
    }

    @Test
    void aDamagedProgressFileIsSetAsideWithAWarning() throws Exception {
        Files.writeString(state.resolve("progress.yaml"), "format: 1\nlessons: [oops", StandardCharsets.UTF_8);
        String screen = session().type("exit\n").screen();
        assertThat(screen).contains("Warning: your progress file could not be read").contains("progress.yaml.damaged-");
        try (var files = Files.list(state)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("progress.yaml.damaged-"));
        }
    }

    @Test
    void nothingIsColoredOnADumbTerminalOrWithNoColor() throws Exception {
        String screen = session().env(Map.of("NO_COLOR", "1")).type("start\ndocker pull nginx\nexit\n").screen();
        assertThat(screen).doesNotContain("\u001b[");
    }

    @Test
    void anUnknownLessonIsToldApartFromAnUnknownCommand() throws Exception {
        String screen = session().type("start nope\nfrobnicate\nexit\n").screen();
        assertThat(screen).contains("There is no lesson \"nope\"").contains("frobnicate: command not found");
    }

    @Test
    void skipSolvesTheStepUnseenBackReturnsAndNextMovesOnOverADoneStep() throws Exception {
        String screen = session().type("start\nskip\ndocker images --format 'img {{.Repository}}'\nback\nnext\nnext\nexit\n").screen();
        assertThat(screen).contains("[first-image 2/3] $ ").contains("img nginx");
        String afterBack = screen.substring(screen.indexOf("img nginx"));
        assertThat(afterBack).contains("step 1 of 3").contains("step 2 of 3").contains("This step is not done yet");
        assertThat(Files.readString(state.resolve("progress.yaml"))).contains("skipped: true");
    }

    @Test
    void switchingEngineInALessonReplaysItUpToTheSameStep() throws Exception {
        String screen = session().type("start\ndocker pull nginx\nengine sim\ndocker images --format 'img {{.Repository}}'\nexit\n").screen();
        String after = screen.substring(screen.indexOf("Now running on the sim engine"));
        assertThat(after).contains("step 2 of 3").contains("img nginx");
    }

    @Test
    void sandboxLeavesTheLessonAndStartComesBackToIt() throws Exception {
        String screen = session().type("start\ndocker pull nginx\nsandbox\nhint\nstart\nexit\n").screen();
        assertThat(screen).contains("Free practice").contains("No lesson is open")
                .contains("Continuing \"Your first image\" at step 2");
    }

    @Test
    void anInteractiveExecReadsTheLearnersNextLinesUntilExitInsideTheContainer() throws Exception {
        String screen = session().type("docker run -d --name box busybox sleep 300\n"
                + "docker exec -i box sh\ncd /etc\npwd\necho inside > /tmp/mark\nexit 4\n"
                + "echo back $?\ndocker exec box cat /tmp/mark\nexit\n").screen();
        assertThat(screen).contains("/etc\n").contains("back 4").contains("inside");
    }
}
