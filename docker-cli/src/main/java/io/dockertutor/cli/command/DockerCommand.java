package io.dockertutor.cli.command;

import io.dockertutor.gotext.TemplateException;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.cli.grammar.UsageError;

/**
 * One docker command ({@code pull}, {@code images}, ...): reads its parsed command line, calls the engine and
 * prints. Engine errors propagate as {@link io.dockertutor.engine.EngineException}; {@link DockerCli} prints them.
 */
@FunctionalInterface
public interface DockerCommand {
    int run(ParsedCommand command, CliContext context) throws UsageError, TemplateException;
}
