package io.dockertutor.cli.docker;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageDeletion;

/** {@code docker rmi [-f] [--no-prune] IMAGE...}: every image in turn; any failure makes the exit status 1. */
final class RmiCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        int status = 0;
        for (String name : cmd.args()) {
            try {
                for (ImageDeletion d : ctx.engine().removeImage(name, cmd.bool("force"), cmd.bool("no-prune"))) {
                    ctx.out().println(d.untagged() != null ? "Untagged: " + d.untagged() : "Deleted: " + d.deleted());
                }
            } catch (EngineException e) {
                ctx.err().println("Error response from daemon: " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }
}
