package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The shape of {@code docker stop|restart|kill|pause|unpause|rm}: act on each container named, print the name
 * as typed for each success, and print the daemon's errors after all of them, with exit status 1 if any.
 * Like the docker CLI's {@code parallelOperation}, all but {@code restart} act on the containers at the same time
 * where the engine takes concurrent calls (a real one: stopping three containers that ignore SIGTERM takes 10 s,
 * not 30); the results are still printed in the order the names were given.
 */
final class EachContainer implements DockerCommand {
    /** What to do to one container. */
    @FunctionalInterface
    interface Action {
        void apply(CliContext ctx, ParsedCommand cmd, String name);
    }

    /** As the docker CLI's parallelOperation, at most this many at once. */
    private static final int MAX_AT_ONCE = 50;

    private final Action action;
    private final boolean ignoreMissing;
    private final boolean together;

    private EachContainer(Action action, boolean ignoreMissing, boolean together) {
        this.action = action;
        this.ignoreMissing = ignoreMissing;
        this.together = together;
    }

    /** Acts on all the containers at once, where the engine allows. */
    static EachContainer of(Action action) {
        return new EachContainer(action, false, true);
    }

    /** Acts on one container after the other ({@code docker restart}). */
    static EachContainer inTurn(Action action) {
        return new EachContainer(action, false, false);
    }

    /** {@code docker rm}: with {@code -f} a container that does not exist is reported at once but is no failure. */
    static EachContainer remove() {
        return new EachContainer((ctx, cmd, name) -> {
            if (cmd.bool("link")) {
                // The daemon's rmLink: a container's own name is the default link name, which it will not remove
                // (legacy links between containers, /parent/child, are not modelled).
                ctx.engine().inspectContainer(name, false);
                throw EngineException.badRequest("Conflict, cannot remove the default link name of the container");
            }
            ctx.engine().removeContainer(name, cmd.bool("force"), cmd.bool("volumes"));
        }, true, true);
    }

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        List<String> errors = new ArrayList<>();
        List<EngineException> outcomes = start(cmd, ctx);
        for (int i = 0; i < outcomes.size(); i++) {
            String name = cmd.args().get(i);
            EngineException e = outcomes.get(i);
            if (e == null) {
                ctx.out().println(name);
            } else {
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

    /** Each name's failure (null for success), in the order of the names; run at once or in turn. */
    private List<EngineException> start(ParsedCommand cmd, CliContext ctx) {
        List<String> names = cmd.args();
        List<EngineException> outcomes = new ArrayList<>();
        if (!together || names.size() < 2 || !ctx.engine().capabilities().concurrentCalls()) {
            names.forEach(name -> outcomes.add(attempt(ctx, cmd, name)));
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_AT_ONCE, names.size()), r -> {
            Thread t = new Thread(r, "docker-each-container");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<EngineException>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> attempt(ctx, cmd, name)));
            }
            futures.forEach(f -> outcomes.add(await(f)));
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private EngineException attempt(CliContext ctx, ParsedCommand cmd, String name) {
        try {
            action.apply(ctx, cmd, name);
            return null;
        } catch (EngineException e) {
            return e;
        }
    }

    private static EngineException await(Future<EngineException> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EngineException.serverError("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static Integer timeout(ParsedCommand cmd) {
        return cmd.has("timeout") ? cmd.integer("timeout", 10) : null;
    }
}
