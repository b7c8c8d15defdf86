package io.dockertutor.serve.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs twice, on SQLite ({@code [sqlite]}) and on PostgreSQL ({@code [postgresql]}), each time on a
 * database of its own: it takes a {@link TestDatabase} parameter. See {@link BothDatabases} for where PostgreSQL
 * comes from.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface DatabaseTest {
}
