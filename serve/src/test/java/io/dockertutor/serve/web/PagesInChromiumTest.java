package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's headless Chromium and chromium-driver; skipped where they are not
 * installed): a learner joins, starts the first lesson and passes its first step; the teacher's grid shows it.
 * Screenshots go to {@code target/screenshots/}.
 */
class PagesInChromiumTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");

    @TempDir
    Path state;

    private WebDriver learner;
    private WebDriver teacher;

    @BeforeEach
    void browsers() {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER), "no chromium here");
        learner = browser();
        teacher = browser();
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,800", "--lang=en");
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

    private static String terminalText(WebDriver driver) {
        return driver.findElement(By.cssSelector(".xterm-rows")).getText();
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aLearnerJoinsAndPassesAStepAndTheTeachersGridShowsItDone() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            learner.get(server.base() + "/");
            WebDriverWait wait = new WebDriverWait(learner, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.name("name")).isDisplayed());
            learner.findElement(By.name("name")).sendKeys("Ada");
            learner.findElement(By.cssSelector("#join button[type=submit]")).click();
            wait.until(d -> terminalText(d).contains("$ "));
            learner.findElement(By.cssSelector(".xterm-helper-textarea")).sendKeys("start\n");
            wait.until(d -> terminalText(d).contains("step 1 of"));
            teacher.get(server.base() + "/teacher?token=" + server.server.teacherToken());
            WebDriverWait teacherWait = new WebDriverWait(teacher, Duration.ofSeconds(10));
            teacherWait.until(d -> d.findElement(By.cssSelector("#grid tbody")).getText().contains("Ada"));
            learner.findElement(By.cssSelector(".xterm-helper-textarea")).sendKeys("docker version\n");
            wait.until(d -> terminalText(d).contains("✓"));
            long passed = System.nanoTime();
            teacherWait.until(d -> !d.findElements(By.cssSelector("#grid .cell.done")).isEmpty());
            assertThat((System.nanoTime() - passed) / 1_000_000).isLessThan(1500);
            screenshot(learner, "learner.png");
            screenshot(teacher, "teacher.png");
        }
    }
}
