package io.dockertutor.cli.docker;

import io.dockertutor.engine.Engine;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What one docker command runs with: the engine, standard input and the two output streams, whether standard output is a
 * terminal (pull progress bars), the clock that ages are measured against, the learner's working directory on
 * the host (build contexts, {@code docker cp}) and language (for docker-tutor's own notes, never docker's texts).
 */
public record CliContext(Engine engine, InputStream in, PrintStream out, PrintStream err, boolean terminal, Clock clock,
                         Path workingDirectory, Locale locale) {
}
