package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.StepProgress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportsTest {
    /** Ada passes images/list after a wrong command (90 s), takes a hint and the solution on pull and is still on it. */
    private static ClassResults classWithAda(TestDatabase db, String name) throws Exception {
        ClassroomClock clock = new ClassroomClock();
        ClassDatabase classDb = db.open(clock);
        Learner ada = classDb.learners().join("docker-101", name);
        clock.advance(Duration.ofMillis(1));
        classDb.learners().join("docker-101", "Bob");
        DatabaseProgress store = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { });
        Progress p = store.load().progress();
        Lessons.start(p, "images");
        store.save(p);
        clock.advance(Duration.ofSeconds(90));
        Lessons.solve(p, "images", 0, 1);
        p.studied("images", 90);
        store.save(p);
        clock.advance(Duration.ofSeconds(20));
        p.hintShown("images", "pull", 2);
        p.solutionUsed("images", "pull", StepProgress.Solution.SHOWN);
        p.attempted("images", "pull");
        store.save(p);
        clock.advance(Duration.ofSeconds(10));
        return classDb.results("docker-101", Lessons.CURRICULUM);
    }

    @DatabaseTest
    void theResultsHaveEveryStepOfEveryLessonForEveryLearner(TestDatabase db) throws Exception {
        ClassResults results = classWithAda(db, "Ada");
        assertThat(results.lessons()).extracting(ClassResults.LessonResult::displayName, ClassResults.LessonResult::lessonId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada", "images"), org.assertj.core.groups.Tuple.tuple("Ada", "ports"),
                        org.assertj.core.groups.Tuple.tuple("Bob", "images"), org.assertj.core.groups.Tuple.tuple("Bob", "ports"));
        ClassResults.LessonResult images = results.lessons().get(0);
        assertThat(images.seconds()).isEqualTo(90);
        assertThat(images.steps()).containsExactly(
                new ClassResults.StepResult("list", ClassResults.Status.DONE, 0, StepProgress.Solution.NONE, 2, 90),
                new ClassResults.StepResult("pull", ClassResults.Status.OPEN, 1, StepProgress.Solution.SHOWN, 1, 30),
                new ClassResults.StepResult("remove", ClassResults.Status.OPEN, 0, StepProgress.Solution.NONE, 0, 0));
    }

    @DatabaseTest
    void theCsvHasAHeaderRowAndOneQuotedLinePerStep(TestDatabase db) throws Exception {
        ClassResults results = classWithAda(db, "=Lovelace, \"Ada\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(results, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\n").doesNotContain("\r\n\r\n");
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows.get(0)).isEqualTo(CsvExport.HEADER);
        assertThat(rows).hasSize(1 + 2 * (3 + 2));
        assertThat(rows.get(1)).containsExactly("docker-101", results.lessons().get(0).learnerId(), "'=Lovelace, \"Ada\"",
                "images", "list", "done", "0", "none", "2", "90");
        assertThat(rows.get(2)).containsExactly("docker-101", results.lessons().get(0).learnerId(), "'=Lovelace, \"Ada\"",
                "images", "pull", "open", "1", "shown", "1", "30");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvExport.HEADER.size()));
    }

    @Test
    void koreanNamesAreWrittenInUtf8() throws Exception {
        ClassResults results = new ClassResults("수업", java.time.Instant.EPOCH, List.of(new ClassResults.LessonResult("id", "김철수",
                "images", 0, List.of(new ClassResults.StepResult("list", ClassResults.Status.OPEN, 0, StepProgress.Solution.NONE, 0, 0)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(results, out);
        assertThat(out.toByteArray()).startsWith("class,".getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("수업,id,김철수,images,list,open,0,none,0,0\r\n");
    }

    @DatabaseTest
    void theJUnitXmlParsesBackWithATestcasePerStep(TestDatabase db) throws Exception {
        ClassResults results = classWithAda(db, "<Ada & \"Bob's\"> \uD83D\uDE00");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JUnitXmlExport.write(results, out);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("name")).isEqualTo("docker-101");
        assertThat(root.getAttribute("tests")).isEqualTo("10");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("8");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        Element images = (Element) suites.item(0);
        assertThat(images.getAttribute("name")).isEqualTo("<Ada & \"Bob's\"> \uD83D\uDE00 / images");
        assertThat(images.getAttribute("time")).isEqualTo("90");
        NodeList cases = images.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element list = (Element) cases.item(0);
        assertThat(list.getAttribute("name")).isEqualTo("list");
        assertThat(list.getAttribute("classname")).isEqualTo("images");
        assertThat(list.getAttribute("time")).isEqualTo("90");
        assertThat(list.getChildNodes().getLength()).isZero();
        Element pull = (Element) cases.item(1);
        assertThat(((Element) pull.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("not passed after 1 commands, 1 hints, solution shown");
        Element remove = (Element) cases.item(2);
        assertThat(((Element) remove.getElementsByTagName("skipped").item(0)).getAttribute("message")).isEqualTo("not started");
    }

    /** A strict RFC 4180 reader: fields, quotes doubled inside quoted fields, CRLF between records. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                assertThat(field).as("a quote only opens a field").isEmpty();
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                assertThat(csv.charAt(i + 1)).isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(ch).isNotEqualTo('\n');
                field.append(ch);
            }
        }
        return rows;
    }
}
