package io.dockertutor.serve.store;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link DatabaseTest} on a fresh SQLite file in a temporary directory and on a fresh schema of the
 * PostgreSQL database that {@code DOCKER_TUTOR_TEST_POSTGRES} names ({@code scripts/test-postgres.sh up} starts one and
 * prints the line). Without that variable the PostgreSQL runs are skipped, except under {@code CI=true}, where they
 * fail: CI must prove both databases.
 */
final class BothDatabases implements TestTemplateInvocationContextProvider {
    static final String POSTGRES_ENV = "DOCKER_TUTOR_TEST_POSTGRES";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation("sqlite"), invocation("postgresql"));
    }

    private static TestTemplateInvocationContext invocation(String kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + kind + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Provider(kind));
            }
        };
    }

    /** Opens the invocation's database before the test and drops it after (the store closes it). */
    private record Provider(String kind) implements BeforeEachCallback, ParameterResolver {
        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            TestDatabase db;
            if (kind.equals("sqlite")) {
                db = TestDatabase.sqlite(Files.createTempDirectory("class-db-"));
            } else {
                db = TestDatabase.postgres(postgresUrl());
            }
            context.getStore(NAMESPACE).put(TestDatabase.class, (ExtensionContext.Store.CloseableResource) db::close);
            context.getStore(NAMESPACE).put("db", db);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NAMESPACE).get("db", TestDatabase.class);
        }
    }

    /** The PostgreSQL URL of this run; skips the test without one, or fails it under CI. */
    static String postgresUrl() {
        String url = System.getenv(POSTGRES_ENV);
        if (url != null && !url.isBlank()) {
            return url;
        }
        String why = POSTGRES_ENV + " is not set: start PostgreSQL with scripts/test-postgres.sh up and export the line"
                + " it prints";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why + " (CI must run the class database's tests on PostgreSQL too)");
        }
        Assumptions.abort(why);
        return null;
    }
}
