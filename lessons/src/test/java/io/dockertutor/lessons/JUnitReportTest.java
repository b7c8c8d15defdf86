package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.lessons.LessonValidator.StepResult;
import io.dockertutor.lessons.LessonValidator.StepResult.Status;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {
    @TempDir
    Path dir;

    @Test
    void eachLessonIsATestsuiteAndEachStepATestcaseWithItsOutcome() throws Exception {
        Path file = dir.resolve("reports").resolve("lessons.xml");
        JUnitReport.write(file, List.of(
                new StepResult("images", "list", Status.PASSED, null, 1.5),
                new StepResult("images", "pull", Status.FAILED, "expected <busybox> & got \"nothing\"\nsee above", 0.25),
                new StepResult("ports", "publish", Status.SKIPPED, "needs the real engine", 0)));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("docker-tutor lessons");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element images = (Element) suites.item(0);
        assertThat(images.getAttribute("name")).isEqualTo("images");
        assertThat(images.getAttribute("tests")).isEqualTo("2");
        assertThat(images.getAttribute("failures")).isEqualTo("1");
        assertThat(images.getAttribute("skipped")).isEqualTo("0");
        assertThat(images.getAttribute("time")).isEqualTo("1.750");
        NodeList cases = images.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getChildNodes().getLength()).isZero();
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("expected <busybox> & got \"nothing\"\nsee above");
        Element ports = (Element) suites.item(1);
        assertThat(ports.getAttribute("skipped")).isEqualTo("1");
        assertThat(((Element) ports.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("needs the real engine");
    }

    @Test
    void aReasonWithAControlCharacterStillMakesAReadableReport() throws Exception {
        Path file = dir.resolve("lessons.xml");
        JUnitReport.write(file, List.of(new StepResult("l", "s", Status.FAILED, "\u001B[31mred\u001B[0m", 0)));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(((Element) root.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("\uFFFD[31mred\uFFFD[0m");
    }
}
