package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code docker start [-a] CONTAINER...}: without {@code -a} each error is printed as it happens and the command
 * ends with {@code Error: failed to start containers: a, b}; with {@code -a} it follows the one container's
 * output and exits with its status.
 */
final class StartCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        if (cmd.bool("attach") || cmd.bool("interactive")) {
            if (cmd.args().size() > 1) {
                ctx.err().println("you cannot start and attach multiple containers at once");
                return 1;
            }
            String name = cmd.args().get(0);
            io.dockertutor.engine.ContainerDetails c;
            try {
                c = ctx.engine().inspectContainer(name, false);
            } catch (EngineException e) {
                ctx.err().println("Error response from daemon: " + e.getMessage());
                return 1;
            }
            var refused = AttachUpgrade.refusal(cmd.string("detach-keys", ""), c);
            if (refused.isPresent()) {
                ctx.err().println(refused.get());
                return 1;
            }
            boolean stdin = cmd.bool("interactive") && c.config().openStdin();
            if (stdin || c.config().tty()) {
                return AttachCommand.follow(ctx, c.id(), true, stdin, c.config().tty(), name);
            }
            OptionalInt status;
            try {
                status = ctx.engine().runAttached(c.id(), entry -> RunCommand.print(ctx, entry));
            } catch (EngineException e) {
                ctx.err().println("Error response from daemon: " + e.getMessage());
                return 1;
            }
            if (status.isEmpty()) {
                AttachCommand.keepsRunning(ctx, name, false);
                return 0;
            }
            return status.getAsInt();
        }
        List<String> failed = new ArrayList<>();
        for (String name : cmd.args()) {
            try {
                ctx.engine().startContainer(name);
                ctx.out().println(name);
            } catch (EngineException e) {
                ctx.err().println("Error response from daemon: " + e.getMessage());
                failed.add(name);
            }
        }
        if (!failed.isEmpty()) {
            ctx.err().println("Error: failed to start containers: " + String.join(", ", failed));
            return 1;
        }
        return 0;
    }
}
