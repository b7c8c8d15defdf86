package io.dockertutor.serve.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The class's results as JUnit XML, the report format CI servers and grading tools read: a {@code testsuite} per
 * learner and lesson, a {@code testcase} per step. A passed step is a passed test; a step worked on but not passed is
 * a {@code failure}; a step skipped, or on which no command was typed, is {@code skipped}.
 *
 * <pre>{@code
 * <testsuites name="docker-101" tests="64" failures="1" skipped="50">
 *   <testsuite name="Ada / ports" tests="6" failures="1" skipped="3" time="412">
 *     <testcase classname="ports" name="publish" time="95"/>
 *     <testcase classname="ports" name="expose" time="120"><failure message="not passed after 4 commands, 2 hints" type="open"/></testcase>
 * }</pre>
 */
public final class JUnitXmlExport {
    private JUnitXmlExport() {
    }

    /** Writes {@code results} to {@code out} (not closed), UTF-8. */
    public static void write(ClassResults results, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", text(results.className()));
            x.writeAttribute("timestamp", results.at().toString());
            x.writeAttribute("tests", Long.toString(results.lessons().stream().mapToLong(l -> l.steps().size()).sum()));
            x.writeAttribute("failures", Long.toString(results.lessons().stream().mapToLong(JUnitXmlExport::failures).sum()));
            x.writeAttribute("skipped", Long.toString(results.lessons().stream().mapToLong(JUnitXmlExport::skipped).sum()));
            for (ClassResults.LessonResult lesson : results.lessons()) {
                suite(x, lesson);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void suite(XMLStreamWriter x, ClassResults.LessonResult lesson) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", text(lesson.displayName() + " / " + lesson.lessonId()));
        x.writeAttribute("tests", Integer.toString(lesson.steps().size()));
        x.writeAttribute("failures", Long.toString(failures(lesson)));
        x.writeAttribute("skipped", Long.toString(skipped(lesson)));
        x.writeAttribute("time", Long.toString(lesson.seconds()));
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "learner", lesson.learnerId());
        property(x, "display_name", lesson.displayName());
        property(x, "lesson", lesson.lessonId());
        x.writeEndElement();
        for (ClassResults.StepResult step : lesson.steps()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", text(lesson.lessonId()));
            x.writeAttribute("name", text(step.stepId()));
            x.writeAttribute("time", Long.toString(step.seconds()));
            if (failed(step)) {
                x.writeEmptyElement("failure");
                x.writeAttribute("type", "open");
                x.writeAttribute("message", "not passed after " + step.attempts() + " commands, " + step.hints()
                        + " hints, solution " + step.solution().name().toLowerCase(Locale.ROOT));
            } else if (step.status() != ClassResults.Status.DONE) {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", step.status() == ClassResults.Status.SKIPPED ? "skipped"
                        : step.started() ? "not attempted" : "not started");
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", text(value));
    }

    private static boolean failed(ClassResults.StepResult step) {
        return step.status() == ClassResults.Status.OPEN && step.attempts() > 0;
    }

    private static long failures(ClassResults.LessonResult lesson) {
        return lesson.steps().stream().filter(JUnitXmlExport::failed).count();
    }

    private static long skipped(ClassResults.LessonResult lesson) {
        return lesson.steps().stream().filter(s -> s.status() != ClassResults.Status.DONE && !failed(s)).count();
    }

    /** XML 1.0 cannot hold most control characters even escaped; the writer escapes the rest (& < > "). */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 ? cp : 0xFFFD));
        return b.toString();
    }
}
