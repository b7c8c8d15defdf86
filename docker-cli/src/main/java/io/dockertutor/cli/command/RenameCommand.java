package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;

/** {@code docker rename OLD NEW}: the daemon's error, then the CLI's own {@code Error: failed to rename ...}. */
final class RenameCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String oldName = cmd.args().get(0).strip();
        String newName = cmd.args().get(1).strip();
        if (oldName.isEmpty() || newName.isEmpty()) {
            ctx.err().println("Error: neither old nor new names may be empty");
            return 1;
        }
        try {
            ctx.engine().renameContainer(oldName, newName);
        } catch (EngineException e) {
            ctx.err().println("Error response from daemon: " + e.getMessage());
            ctx.err().println("Error: failed to rename container named " + oldName);
            return 1;
        }
        return 0;
    }
}
