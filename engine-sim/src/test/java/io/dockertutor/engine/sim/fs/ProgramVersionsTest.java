package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Version texts come from the image's environment, with the shell's trims, and only when the variables are set. */
class ProgramVersionsTest {
    private final ProgramVersions versions = ProgramVersions.bundled();

    @Test
    void psqlShowsTheUpstreamVersionThenTheDebianPackage() {
        Map<String, String> env = Map.of("PG_VERSION", "16.15-1.pgdg13+2");
        assertThat(versions.answer("psql", List.of("--version"), env::get)).contains(
                new ProgramVersions.Reply(false, "psql (PostgreSQL) 16.15 (Debian 16.15-1.pgdg13+2)"));
    }

    @Test
    void psqlBuiltFromSourceOnAlpineHasNoPackageSuffix() {
        assertThat(versions.answer("psql", List.of("--version"), Map.of("PG_VERSION", "16.15")::get))
                .contains(new ProgramVersions.Reply(false, "psql (PostgreSQL) 16.15"));
    }

    @Test
    void mysql57KeepsItsOldVersionLine() {
        Map<String, String> env = Map.of("MYSQL_MAJOR", "5.7", "MYSQL_VERSION", "5.7.44-1.el7");
        assertThat(versions.answer("mysql", List.of("--version"), env::get)).contains(new ProgramVersions.Reply(false,
                "mysql  Ver 14.14 Distrib 5.7.44, for Linux (x86_64) using  EditLine wrapper"));
    }

    @Test
    void mariadbTrimsTheDebianEpochAndThePackageSuffixInTurn() {
        Map<String, String> env = Map.of("MARIADB_VERSION", "1:11.8.8+maria~ubu2404");
        assertThat(versions.answer("mariadb", List.of("--version"), env::get)).contains(new ProgramVersions.Reply(false,
                "mariadb from 11.8.8-MariaDB, client 15.2 for debian-linux-gnu (x86_64) using  EditLine wrapper"));
        assertThat(versions.answer("mariadbd", List.of("--version"), env::get)).contains(new ProgramVersions.Reply(false,
                "mariadbd  Ver 11.8.8-MariaDB-ubu2404 for debian-linux-gnu on x86_64 (mariadb.org binary distribution)"));
    }

    @Test
    void javaPrintsItsReleaseOnStandardErrorAndWithDoubleDashOnStandardOutput() {
        Map<String, String> env = Map.of("JAVA_VERSION", "jdk-21.0.12+8");
        assertThat(versions.answer("java", List.of("-version"), env::get)).contains(new ProgramVersions.Reply(true,
                "openjdk version \"21.0.12\" 2026-07-21 LTS\n"
                + "OpenJDK Runtime Environment Temurin-21.0.12+8 (build 21.0.12+8-LTS)\n"
                + "OpenJDK 64-Bit Server VM Temurin-21.0.12+8 (build 21.0.12+8-LTS, mixed mode, sharing)"));
        assertThat(versions.answer("java", List.of("--version"), env::get).orElseThrow().text())
                .startsWith("openjdk 21.0.12 2026-07-21 LTS\n");
    }

    @Test
    void java17sReleaseLineHasNoLtsMark() {
        Map<String, String> env = Map.of("JAVA_VERSION", "jdk-17.0.20+8");
        assertThat(versions.answer("java", List.of("-version"), env::get).orElseThrow().text())
                .startsWith("openjdk version \"17.0.20\" 2026-07-21\nOpenJDK Runtime Environment Temurin-17.0.20+8 (build 17.0.20+8)");
        assertThat(versions.answer("java", List.of("-version"), Map.of("JAVA_VERSION", "jdk-11.0.1+13")::get)).isEmpty();
    }

    @Test
    void nginxPrintsItsVersionOnStandardError() {
        assertThat(versions.answer("nginx", List.of("-v"), Map.of("NGINX_VERSION", "1.27.0")::get))
                .contains(new ProgramVersions.Reply(true, "nginx version: nginx/1.27.0"));
    }

    @Test
    void withoutTheVariableOrWithOtherArgumentsNothingIsModelled() {
        assertThat(versions.answer("python3", List.of("--version"), Map.<String, String>of()::get)).isEmpty();
        assertThat(versions.answer("python3", List.of("app.py"), Map.of("PYTHON_VERSION", "3.12.4")::get)).isEmpty();
    }
}
