package io.dockertutor.serve.web;

import io.dockertutor.serve.store.ClassResults;
import io.dockertutor.serve.store.CsvExport;
import io.dockertutor.serve.store.JUnitXmlExport;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * {@code /teacher/export.csv} and {@code /teacher/export.xml}: the class's results as the store's exporters write them
 * (one CSV row per learner and step; one JUnit test case per step, which CI dashboards and graders read).
 */
final class ClassExports {
    private final Supplier<ClassResults> results;

    ClassExports(Supplier<ClassResults> results) {
        this.results = results;
    }

    void csv(Context ctx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(results.get(), out);
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=class.csv")
                .result(out.toByteArray());
    }

    void junitXml(Context ctx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JUnitXmlExport.write(results.get(), out);
        ctx.contentType("application/xml; charset=utf-8").header("Content-Disposition", "attachment; filename=class.xml")
                .result(out.toByteArray());
    }
}
