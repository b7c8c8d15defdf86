package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code docker wait CONTAINER...}: each container's exit code once it stops. A simulated container that keeps
 * running would block forever; the tutor says so instead of hanging the session.
 */
final class WaitCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        List<String> errors = new ArrayList<>();
        for (String name : cmd.args()) {
            try {
                OptionalInt code = ctx.engine().waitContainer(name);
                if (code.isPresent()) {
                    ctx.out().println(code.getAsInt());
                } else {
                    ctx.err().println(DockerCli.message(ctx, "wait.wouldBlock", name));
                }
            } catch (EngineException e) {
                errors.add("Error response from daemon: " + e.getMessage());
            }
        }
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() ? 0 : 1;
    }
}
