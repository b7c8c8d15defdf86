package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.EngineException;
import java.util.OptionalInt;

/**
 * {@code docker attach [--no-stdin] CONTAINER}: the keyboard becomes the running container's standard input, as
 * {@code docker run -it} and {@code docker start -ai} make it ({@link #follow}); a shell in it opens a nested
 * prompt until {@code exit}, and the command ends with the container's status. The refusals are the v28 CLI's.
 */
final class AttachCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String name = cmd.args().get(0);
        ContainerDetails c = ctx.engine().inspectContainer(name, false);
        String refusal = !c.state().running() ? "You cannot attach to a stopped container, start it first"
                : c.state().paused() ? "You cannot attach to a paused container, unpause it first"
                : c.state().restarting() ? "You cannot attach to a restarting container, wait until it is running" : null;
        if (refusal != null) {
            ctx.err().println(refusal);
            return 1;
        }
        boolean stdin = !cmd.bool("no-stdin");
        if (stdin && c.config().tty() && !inputIsTerminal(ctx)) {
            ctx.err().println("the input device is not a TTY");
            return 1;
        }
        var refused = AttachUpgrade.refusal(cmd.string("detach-keys", ""), c);
        if (refused.isPresent()) {
            ctx.err().println(refused.get());
            return 1;
        }
        return follow(ctx, c.id(), false, stdin && c.config().openStdin(), c.config().tty(), name);
    }

    /**
     * Follows a container with the learner's streams until its process ends and answers its status; {@code stdin}
     * makes the keyboard (or the pipe) its standard input. A process that keeps running gives the prompt back with
     * a note of what docker would do.
     */
    static int follow(CliContext ctx, String id, boolean start, boolean stdin, boolean tty, String shown) {
        OptionalInt status;
        try {
            status = ctx.engine().attach(id, start, stdin ? StdinCopy.of(ctx) : java.io.InputStream.nullInputStream(), ctx.out(),
                    tty ? ctx.out() : ctx.err());
        } catch (EngineException e) {
            ctx.err().println("Error response from daemon: " + e.getMessage());
            return 1;
        }
        ctx.out().flush();
        if (status.isEmpty()) {
            keepsRunning(ctx, shown, tty && !stdin);
            return 0;
        }
        return status.getAsInt();
    }

    /** What real docker would do with a foreground container that does not end, and why {@code -d} matters. */
    static void keepsRunning(CliContext ctx, String shown, boolean ttyWithoutStdin) {
        ctx.err().println(DockerCli.message(ctx, "run.keepsRunning", shown));
        if (ttyWithoutStdin) {
            ctx.err().println(DockerCli.message(ctx, "run.ttyWithoutStdin", shown));
        }
    }

    /** docker's {@code CheckTty}: standard input is the learner's keyboard at a terminal, not a pipe or a file. */
    static boolean inputIsTerminal(CliContext ctx) {
        return ctx.terminal() && ctx.in() instanceof io.dockertutor.engine.Prompter;
    }
}
