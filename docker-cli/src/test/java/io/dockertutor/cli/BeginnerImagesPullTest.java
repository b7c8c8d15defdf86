package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15's bar for the offline catalog: no image a beginner meets answers "repository does not exist" or
 * "manifest unknown", and the programs a beginner asks for a version answer with the image's own version.
 */
class BeginnerImagesPullTest {
    @TempDir
    Path workspace;

    @ParameterizedTest
    @ValueSource(strings = {
        "alpine:3.18", "alpine:3.19", "alpine:3.20", "alpine", "alpine:latest", "busybox", "busybox:musl",
        "busybox:uclibc", "busybox:glibc", "ubuntu:22.04", "ubuntu:24.04", "ubuntu", "debian:bookworm",
        "debian:bookworm-slim", "nginx", "nginx:latest", "nginx:stable", "nginx:alpine", "nginx:stable-alpine",
        "httpd", "httpd:alpine", "redis", "redis:8", "redis:alpine", "postgres", "postgres:16",
        "postgres:16-alpine", "mysql", "mysql:8", "mysql:5.7", "mysql:8.0", "mariadb", "mariadb:latest",
        "mariadb:11", "mariadb:lts", "mongo", "mongo:7", "python:3.11", "python:3.12", "python:3.11-slim",
        "python:3.12-slim", "python:3.11-alpine", "python:3.12-alpine", "python", "node", "node:20", "node:22",
        "node:20-alpine", "node:22-alpine", "node:22-slim", "node:current", "node:lts", "golang", "golang:1.21",
        "golang:1.22", "golang:1.23", "golang:1.21-alpine", "golang:1.22-alpine", "golang:1.23-alpine",
        "golang:alpine", "golang:1", "eclipse-temurin:17", "eclipse-temurin:21", "eclipse-temurin:17-jre",
        "eclipse-temurin:21-jre", "openjdk", "openjdk:18", "hello-world", "traefik", "registry", "registry:2"})
    void pullsFromTheOfflineCatalog(String image) {
        SimulatedSession docker = new SimulatedSession(workspace);
        int status = docker.run("docker pull " + image);
        assertThat(docker.stderr()).doesNotContain("repository does not exist").doesNotContain("manifest unknown");
        assertThat(status).as(docker.stderr()).isZero();
        assertThat(docker.stdout()).contains("Status: Downloaded newer image for ");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        golang                | go version         | go version go1.26.5 linux/amd64
        golang:alpine         | go version         | go version go1.27.1 linux/amd64
        golang:1.23           | go version         | go version go1.23.12 linux/amd64
        golang:1.22-alpine    | go version         | go version go1.22.12 linux/amd64
        golang:1.21           | go version         | go version go1.21.13 linux/amd64
        node                  | node --version     | v26.5.0
        node:20               | node --version     | v20.20.2
        node:lts              | node --version     | v24.19.0
        redis:8               | redis-cli --version | redis-cli 8.10.1
        mysql:8.0             | mysql --version    | mysql  Ver 8.0.32 for Linux on x86_64 (MySQL Community Server - GPL)
        node:20-alpine        | node -v            | v20.20.2
        python:3.11           | python --version   | Python 3.11.15
        python:3.11-alpine    | python3 --version  | Python 3.11.16
        mariadb               | mariadb --version  | mariadb from 12.3.2-MariaDB, client 15.2 for debian-linux-gnu (x86_64) using  EditLine wrapper
        mariadb:11            | mariadb -V         | mariadb from 11.8.8-MariaDB, client 15.2 for debian-linux-gnu (x86_64) using  EditLine wrapper
        eclipse-temurin:21    | java -version      | openjdk version "21.0.12" 2026-07-21 LTS
        eclipse-temurin:17    | java -version      | openjdk version "17.0.20" 2026-07-21
        eclipse-temurin:17-jre | java -version     | openjdk version "17.0.20" 2026-07-21
        alpine:3.19           | cat /etc/alpine-release | 3.19.9
        """)
    void theProgramPrintsTheImagesVersion(String image, String command, String expected) {
        SimulatedSession docker = new SimulatedSession(workspace);
        assertThat(docker.run("docker pull " + image)).as(docker.stderr()).isZero();
        assertThat(docker.run("docker run --rm " + image + " " + command)).as(docker.stderr()).isZero();
        assertThat((docker.stdout() + docker.stderr()).lines().findFirst()).contains(expected);
    }

    @Test
    void mariadbWithoutARootPasswordExitsOneWithItsEntrypointsError() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull mariadb");
        assertThat(docker.run("docker run --name db mariadb")).isEqualTo(1);
        assertThat(docker.stdout()).contains(
                "[Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:12.3.2+maria~ubu2404 started.");
        assertThat(docker.stderr()).contains(
                "[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n"
                + "\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, "
                + "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD\n");
    }

    @Test
    void mariadbWithMysqlsPasswordVariableStaysUp() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull mariadb:11");
        assertThat(docker.run("docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mariadb:11")).isZero();
        assertThat(docker.output("docker ps --format '{{.Status}}'")).startsWith("Up");
    }

    @Test
    void temurinsEntrypointRunsTheCommandItIsGiven() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull eclipse-temurin:21");
        assertThat(docker.run("docker run --rm eclipse-temurin:21 java --version")).as(docker.stderr()).isZero();
        assertThat(docker.stdout()).startsWith("openjdk 21.0.12 2026-07-21 LTS\n");
    }
}
