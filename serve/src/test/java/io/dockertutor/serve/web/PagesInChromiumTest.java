package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven through Debian's chromium-driver. A learner joins on
 * the page, types {@code start}, {@code docker version}, {@code docker pull busybox} and {@code docker images} into the
 * xterm.js terminal and sees each step's ✓; the teacher's page, open meanwhile, shows the second step done within a second of the ✓.
 * A learner who joins past the address's join rate reads on the join page how long to wait, in English and Korean.
 * Screenshots of the pages go to {@code target/screenshots/} (kept as the build's artifacts). Skipped where Chromium
 * is not installed, except under {@code CI=true}: {@code .ci/run} installs it, and a missing one fails there.
 */
class PagesInChromiumTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    /** How often the waits look: far below the one second the teacher's grid is allowed. */
    private static final Duration POLL = Duration.ofMillis(20);

    @TempDir
    Path state;

    private WebDriver learner;
    private WebDriver teacher;

    @BeforeEach
    void browsers() throws Exception {
        boolean installed = Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + BROWSER + " or " + DRIVER + " is missing: .ci/run installs chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "no chromium here (apt-get install chromium chromium-driver)");
        // Selenium looks for DevTools bindings of the browser's exact version and warns when it has none; the
        // WebDriver protocol used here needs none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        learner = browser();
        teacher = browser();
    }

    private WebDriver browser() throws Exception {
        // As root no sandbox; and none of Chromium's calls home, which a closed network refuses many at a time.
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1200,800", "--lang=en", "--user-data-dir=" + Files.createTempDirectory(state, "chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    @AfterEach
    void quit() {
        if (learner != null) {
            learner.quit();
        }
        if (teacher != null) {
            teacher.quit();
        }
    }

    /** The whole terminal, scrollback included, as xterm.js holds it (the page's {@code term}; none before joining). */
    private static String terminalText(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "if (typeof term === 'undefined' || !term) { return ''; }"
                        + "const b = term.buffer.active; const lines = [];"
                        + "for (let i = 0; i < b.length; i++) { lines.push(b.getLine(i).translateToString(true)); }"
                        + "return lines.join('\\n');");
    }

    private static long count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private void type(String line) {
        learner.findElement(By.cssSelector(".xterm-helper-textarea")).sendKeys(line + "\n");
    }

    @Test
    void aLearnerPullsBusyboxInTheBrowserAndTheTeachersGridShowsTheStepDoneWithinASecond() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            learner.get(server.base() + "/");
            WebDriverWait wait = new WebDriverWait(learner, Duration.ofSeconds(30), POLL);
            wait.until(d -> d.findElement(By.name("name")).isDisplayed());
            learner.findElement(By.name("name")).sendKeys("Ada");
            learner.findElement(By.cssSelector("#join button[type=submit]")).click();
            wait.until(d -> terminalText(d).contains("$ "));
            type("start");
            wait.until(d -> terminalText(d).contains("step 1 of"));
            teacher.get(server.base() + "/teacher?token=" + server.server.teacherToken());
            WebDriverWait teacherWait = new WebDriverWait(teacher, Duration.ofSeconds(10), POLL);
            teacherWait.until(d -> d.findElement(By.cssSelector("#grid tbody")).getText().contains("Ada"));

            type("docker version");
            wait.until(d -> count(terminalText(d), "✓") >= 1);
            teacherWait.until(d -> d.findElements(By.cssSelector("#grid .cell.done")).size() >= 1);

            type("docker pull busybox");
            wait.until(d -> terminalText(d).contains("Status: Downloaded newer image for busybox:latest"));
            type("docker images");
            wait.until(d -> count(terminalText(d), "✓") >= 2);
            long passed = System.nanoTime();
            teacherWait.until(d -> d.findElements(By.cssSelector("#grid .cell.done")).size() >= 2);
            long millis = (System.nanoTime() - passed) / 1_000_000;
            assertThat(millis).as("the teacher's grid showed the pull step done %d ms after the learner's ✓", millis)
                    .isLessThanOrEqualTo(1000);
            screenshot(learner, "learner.png");
            screenshot(teacher, "teacher.png");
        }
    }

    @Test
    void aLearnerJoiningPastTheAddressesJoinRateReadsHowLongToWaitInEnglishAndKorean() throws Exception {
        try (TestServer server = TestServer.start(new ServerSettings("127.0.0.1", 0, "c", null, null, state,
                Duration.ofMinutes(30), java.util.Locale.ENGLISH, 50, 8, 1, false))) {
            assertThat(BrowserClient.post(server, "First", "en", null).statusCode()).isEqualTo(200);
            learner.get(server.base() + "/");
            WebDriverWait wait = new WebDriverWait(learner, Duration.ofSeconds(30), POLL);
            wait.until(d -> d.findElement(By.name("name")).isDisplayed());
            learner.findElement(By.name("name")).sendKeys("Ada");
            learner.findElement(By.cssSelector("#join button[type=submit]")).click();
            wait.until(d -> d.findElement(By.id("join-error")).getText().matches("Too many learners .* Wait \\d+ seconds.*"));
            learner.findElement(By.id("lang-toggle")).click();
            learner.findElement(By.cssSelector("#join button[type=submit]")).click();
            wait.until(d -> d.findElement(By.id("join-error")).getText().matches(".*너무 많은 학습자가 .* \\d+초 기다린 뒤.*"));
            assertThat(learner.findElement(By.id("terminal")).isDisplayed()).isFalse();
            screenshot(learner, "join-too-fast.png");
        }
    }
}
