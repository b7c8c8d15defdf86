package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageDeletion;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker rmi [-f] [--no-prune] IMAGE...}: every image in turn; any failure makes the exit status 1, except
 * that with {@code -f} images that do not exist are only reported (the CLI's remove.go: force ignores not-found).
 */
final class RmiCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        // Like the real client, errors are collected and printed after everything that could be removed.
        List<String> errors = new ArrayList<>();
        boolean fatal = false;
        for (String name : cmd.args()) {
            try {
                for (ImageDeletion d : ctx.engine().removeImage(name, cmd.bool("force"), cmd.bool("no-prune"))) {
                    ctx.out().println(d.untagged() != null ? "Untagged: " + d.untagged() : "Deleted: " + d.deleted());
                }
            } catch (EngineException e) {
                errors.add("Error response from daemon: " + e.getMessage());
                fatal |= e.kind() != EngineException.Kind.NOT_FOUND;
            }
        }
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() || (cmd.bool("force") && !fatal) ? 0 : 1;
    }
}
