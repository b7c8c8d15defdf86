package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds 100,000 random and mutated command lines through the whole interpreter (shell syntax, builtins, the docker
 * CLI and the simulated engine) and checks that each one ends as output plus an exit status: no exception, no
 * Java stack trace in what a learner would read. The seed is fixed so a failure can be replayed.
 */
class InterpreterFuzzTest {
    private static final List<String> SEEDS = List.of(
            "docker pull nginx", "docker pull nginx:stable", "docker images -a --digests", "docker images --format '{{json .}}'",
            "docker history --no-trunc nginx", "docker tag nginx learner/web:1", "docker rmi -f learner/web:1",
            "docker image inspect -f '{{.Config.Cmd}}' nginx", "docker search --limit 3 nginx", "docker image prune -f",
            "docker images -f dangling=true -q", "docker rmi $(docker images -q)", "echo hi | grep h | wc -l",
            "cat > Dockerfile <<'EOF'\nFROM alpine:3.7\nEOF", "ls -la && cat Dockerfile || echo no", "mkdir -p a/b && cd a && pwd",
            "docker run -d --name web -p 8080:80 nginx", "curl -s 127.0.0.1:8080", "docker version --format '{{.Client.Version}}'",
            "sudo docker system df", "docker --bogus", "docker images --format '{{.Nope'", "X=1; echo $X ${Y:-d} $(echo z)");
    private static final String ALPHABET = " \t\n'\"\\$(){}[]|&;<>*?~#=-:/.,@!%^`abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void everyLineEndsInOutputAndAnExitStatus(@TempDir Path workspace) {
        Catalog catalog = new CatalogLoader().loadDefault();
        SplittableRandom random = new SplittableRandom(20261123L);
        Interpreter interpreter = fresh(catalog, workspace);
        int lines = 100_000;
        for (int i = 0; i < lines; i++) {
            if (i % 5_000 == 0) {
                interpreter = fresh(catalog, workspace);
            }
            String line = random.nextInt(4) == 0 ? randomLine(random) : mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            int status = interpreter.run(line, InputStream.nullInputStream(), out, out);
            String printed = bytes.toString(StandardCharsets.UTF_8);
            assertThat(status).as("exit status of %s", line).isBetween(0, 255);
            assertThat(printed).as("output of %s", line).doesNotContain("\tat io.dockertutor.").doesNotContain("Exception in thread")
                    .doesNotContain("internal error");
        }
    }

    private static Interpreter fresh(Catalog catalog, Path workspace) {
        SimulatedEngine engine = new SimulatedEngine(catalog, Clock.systemUTC());
        engine.hostRoot(workspace);
        return new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
    }

    private static String randomLine(SplittableRandom random) {
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "docker " : "");
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder b = new StringBuilder(seed);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}
