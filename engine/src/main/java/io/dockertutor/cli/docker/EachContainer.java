package io.dockertutor.cli.docker;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of {@code docker stop|restart|kill|pause|unpause|rm}: act on each container named, print the name
 * as typed for each success, and print the daemon's errors after all of them, with exit status 1 if any.
 */
final class EachContainer implements DockerCommand {
    /** What to do to one container. */
    @FunctionalInterface
    interface Action {
        void apply(CliContext ctx, ParsedCommand cmd, String name);
    }

    private final Action action;
    private final boolean ignoreMissing;

    private EachContainer(Action action, boolean ignoreMissing) {
        this.action = action;
        this.ignoreMissing = ignoreMissing;
    }

    static EachContainer of(Action action) {
        return new EachContainer(action, false);
    }

    /** {@code docker rm}: with {@code -f} a container that does not exist is reported at once but is no failure. */
    static EachContainer remove() {
        return new EachContainer((ctx, cmd, name) -> ctx.engine().removeContainer(name, cmd.bool("force"), cmd.bool("volumes")), true);
    }

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        List<String> errors = new ArrayList<>();
        for (String name : cmd.args()) {
            try {
                action.apply(ctx, cmd, name);
                ctx.out().println(name);
            } catch (EngineException e) {
                if (ignoreMissing && cmd.bool("force") && e.kind() == EngineException.Kind.NOT_FOUND) {
                    // docker rm -f says so at once, and it is no failure
                    ctx.err().println("Error response from daemon: " + e.getMessage());
                    continue;
                }
                errors.add("Error response from daemon: " + e.getMessage());
            }
        }
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    static Integer timeout(ParsedCommand cmd) {
        return cmd.has("timeout") ? cmd.integer("timeout", 10) : null;
    }
}
