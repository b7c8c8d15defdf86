package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The official images a beginner meets pull from the simulated registry, and their programs print the version the
 * image's Dockerfile installed (recorded from docker-library/repo-info); the database images refuse to start
 * without a password as their entrypoint scripts do.
 */
class OfficialImagesCatalogTest {
    @TempDir
    Path workspace;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        python:3.12-slim          | python --version   | Python 3.12.13
        python:3.12-slim          | python3 --version  | Python 3.12.13
        python:3.12               | python --version   | Python 3.12.14
        python:3.12-alpine        | python3 --version  | Python 3.12.14
        node:22                   | node --version     | v22.23.2
        postgres:16               | psql --version     | psql (PostgreSQL) 16.15 (Debian 16.15-1.pgdg13+2)
        postgres                  | psql --version     | psql (PostgreSQL) 18.6 (Debian 18.6-1.pgdg13+2)
        mysql                     | mysql --version    | mysql  Ver 26.7.0 for Linux on x86_64 (MySQL Community Server - GPL)
        mysql:5.7                 | mysql --version    | mysql  Ver 14.14 Distrib 5.7.44, for Linux (x86_64) using  EditLine wrapper
        redis                     | redis-cli --version | redis-cli 7.2.5
        golang:1.14.1-alpine3.11  | go version         | go version go1.14.1 linux/amd64
        python:3.11-slim          | python --version   | Python 3.11.15
        node:22-alpine            | node -v            | v22.23.3
        mysql:8                   | mysql --version    | mysql  Ver 8.4.11 for Linux on x86_64 (MySQL Community Server - GPL)
        mysql:8.4                 | mysqld --version   | /usr/sbin/mysqld  Ver 8.4.11 for Linux on x86_64 (MySQL Community Server - GPL)
        redis:alpine              | redis-cli --version | redis-cli 8.10.2
        python                    | python --version   | Python 3.14.7
        python:3                  | python3 --version  | Python 3.14.7
        postgres:16-alpine        | psql --version     | psql (PostgreSQL) 16.15
        """)
    void theImagesProgramPrintsTheRecordedVersion(String image, String command, String expected) {
        SimulatedSession docker = new SimulatedSession(workspace);
        assertThat(docker.run("docker pull " + image)).as(docker.stderr()).isZero();
        assertThat(docker.run("docker run --rm " + image + " " + command)).as(docker.stderr()).isZero();
        assertThat(docker.stdout() + docker.stderr()).isEqualTo(expected + "\n");
    }

    @ParameterizedTest
    @CsvSource({"nginx:alpine", "nginx:mainline-alpine", "postgres:latest", "postgres:16", "mysql:latest",
        "python:3.12-slim", "python:3.12", "python:3.12-alpine", "node:22", "python:3.11-slim", "mongo",
        "eclipse-temurin:21", "eclipse-temurin:21-jdk", "mysql:8", "mysql:8.4", "mysql:lts", "redis:alpine",
        "node:22-alpine", "python:latest", "python:3", "traefik", "traefik:v3", "registry", "registry:latest",
        "debian:bookworm", "debian:12", "postgres:16-alpine", "nginx:stable-alpine"})
    void anImageABeginnerMeetsPulls(String image) {
        SimulatedSession docker = new SimulatedSession(workspace);
        assertThat(docker.run("docker pull " + image)).as(docker.stderr()).isZero();
        assertThat(docker.stdout()).contains("Status: Downloaded newer image for " + image);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        postgres        | The PostgreSQL object-relational database
        node            | Node.js is a JavaScript-based platform
        python          | Python is a widely used general-purpose
        mongo           | MongoDB document databases provide high
        traefik         | Traefik, The Cloud Native Edge Router
        registry        | Distribution implementation for storing
        eclipse-temurin | Official Images for OpenJDK binaries built
        """)
    void dockerSearchFindsTheOfficialImageWithDockerHubsDescription(String name, String description) {
        SimulatedSession docker = new SimulatedSession(workspace);
        assertThat(docker.run("docker search --no-trunc " + name)).isZero();
        String first = docker.stdout().lines().skip(1).findFirst().orElse("");
        assertThat(first).startsWith(name + " ").contains(description).contains("[OK]");
    }

    @Test
    void postgresWithoutAPasswordExitsOneWithItsEntrypointsError() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull postgres");
        assertThat(docker.run("docker run --name db postgres")).isEqualTo(1);
        assertThat(docker.stderr()).startsWith("Error: Database is uninitialized and superuser password is not specified.\n"
                + "       You must specify POSTGRES_PASSWORD to a non-empty value for the\n");
        assertThat(docker.output("docker ps -a --format '{{.Status}}'")).startsWith("Exited (1)");
    }

    @Test
    void postgresWithAPasswordStaysUp() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull postgres:16");
        assertThat(docker.run("docker run -d --name db -e POSTGRES_PASSWORD=secret postgres:16")).isZero();
        assertThat(docker.output("docker ps --format '{{.Status}}'")).startsWith("Up");
    }

    @Test
    void mysqlWithoutARootPasswordExitsOneWithItsEntrypointsError() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull mysql");
        assertThat(docker.run("docker run --name db mysql")).isEqualTo(1);
        assertThat(docker.stdout()).contains("[Note] [Entrypoint]: Entrypoint script for MySQL Server 26.7.0-1.el9 started.");
        assertThat(docker.stderr()).contains("[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n"
                + "    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n");
    }

    @ParameterizedTest
    @CsvSource({"traefik, 80", "registry, 5000", "mongo, 27017"})
    void aServerImagesDefaultCommandStaysUp(String image, String port) {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull " + image);
        assertThat(docker.run("docker run -d --name srv -p 8080:" + port + " " + image)).as(docker.stderr()).isZero();
        assertThat(docker.output("docker ps --format '{{.Status}} {{.Ports}}'")).startsWith("Up").contains("->" + port + "/tcp");
    }

    @Test
    void thePythonPromptWithoutAnInputEndsAtOnce() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull python:3.12-slim");
        assertThat(docker.run("docker run --rm python:3.12-slim")).isZero();
        assertThat(docker.stdout() + docker.stderr()).isEmpty();
    }
}
