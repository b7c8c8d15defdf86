package io.dockertutor.cli.command;

import io.dockertutor.engine.Engine;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * What one docker command runs with: the engine, standard input and the two output streams, whether standard output is a
 * terminal (pull progress bars), the clock that ages are measured against, the learner's working directory on
 * the host (build contexts, {@code docker cp}), the learner's files as the client reads them, language (for
 * docker-tutor's own notes, never docker's texts), and the client's environment: the practice shell's exported
 * variables, where {@code -e NAME} and a bare {@code NAME} line of an {@code --env-file} take their values.
 */
public record CliContext(Engine engine, InputStream in, PrintStream out, PrintStream err, boolean terminal, Clock clock,
                         Path workingDirectory, Locale locale, HostFiles files, Map<String, String> clientEnv) {

    public CliContext {
        clientEnv = Map.copyOf(clientEnv);
    }

    /** The client's config directory (docker/cli's {@code config.Dir()}): {@code DOCKER_CONFIG}, else {@code $HOME/.docker}. */
    public String configDir() {
        return clientEnv.getOrDefault("DOCKER_CONFIG", clientEnv.getOrDefault("HOME", "/root") + "/.docker");
    }

    /** A context with no client environment: {@code -e NAME} finds nothing to pass on. */
    public CliContext(Engine engine, InputStream in, PrintStream out, PrintStream err, boolean terminal, Clock clock,
                      Path workingDirectory, Locale locale, HostFiles files) {
        this(engine, in, out, err, terminal, clock, workingDirectory, locale, files, Map.of());
    }

    /** A context whose files resolve plainly against {@code workingDirectory}. */
    public CliContext(Engine engine, InputStream in, PrintStream out, PrintStream err, boolean terminal, Clock clock,
                      Path workingDirectory, Locale locale) {
        this(engine, in, out, err, terminal, clock, workingDirectory, locale, HostFiles.under(workingDirectory));
    }
}
