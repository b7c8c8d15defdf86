package io.dockertutor.serve.web;

import io.dockertutor.serve.classroom.ClassGrid;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code /teacher/export.csv} and {@code /teacher/export.xml}: the class's results to keep, one row per learner and
 * step of their lesson (CSV), and one test case per step (JUnit XML, which CI dashboards and graders read).
 */
final class ClassExports {
    private final Supplier<ClassGrid.View> grid;

    ClassExports(Supplier<ClassGrid.View> grid) {
        this.grid = grid;
    }

    void csv(Context ctx) {
        StringBuilder out = new StringBuilder("learner,name,lesson,step,state,hints,solution,attempts\r\n");
        for (ClassGrid.Row row : grid.get().learners()) {
            for (ClassGrid.Cell cell : row.steps()) {
                out.append(String.join(",", csv(row.id()), csv(row.name()), csv(row.lesson()), csv(cell.id()),
                        cell.state(), Integer.toString(cell.hints()), cell.solution(), Integer.toString(cell.attempts())))
                        .append("\r\n");
            }
        }
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=class.csv")
                .result(out.toString());
    }

    void junitXml(Context ctx) {
        ClassGrid.View view = grid.get();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"")
                .append(xml(view.className() == null ? "docker-tutor" : view.className())).append("\">\n");
        for (ClassGrid.Row row : view.learners()) {
            out.append("  <testsuite name=\"").append(xml(row.name())).append("\" tests=\"").append(row.steps().size())
                    .append("\">\n");
            for (ClassGrid.Cell cell : row.steps()) {
                out.append("    <testcase classname=\"").append(xml(row.lesson())).append("\" name=\"")
                        .append(xml(cell.id())).append("\">");
                if (!cell.state().equals("done")) {
                    out.append("<failure message=\"").append(cell.state()).append("\"/>");
                }
                out.append("</testcase>\n");
            }
            out.append("  </testsuite>\n");
        }
        ctx.contentType("application/xml; charset=utf-8").header("Content-Disposition", "attachment; filename=class.xml")
                .result(out.append("</testsuites>\n").toString());
    }

    private static String csv(String value) {
        String v = value == null ? "" : value;
        return v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String xml(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
