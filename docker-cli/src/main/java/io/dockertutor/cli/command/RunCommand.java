package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.cli.grammar.UsageError;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.LogEntry;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code docker run}: create (pulling a missing image first), then either print the id and start ({@code -d}),
 * or attach, start and follow the output until the process ends, exiting with its status; with {@code -i} the
 * keyboard is attached too ({@link AttachCommand#follow}). Every failure reads
 * as the v28 CLI's {@code docker: Error response from daemon: ...} with the help hint; the status is 125, or
 * 127/126 when the OCI runtime could not find or execute the command ({@code runStartContainerErr}).
 */
final class RunCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws UsageError {
        ContainerSpec spec = ContainerOptions.toSpec(cmd, ctx.files(), ctx.clientEnv(), "run");
        String pull = cmd.string("pull", "missing");
        var bad = ContainerCreation.checkPullOption(pull);
        if (bad.isPresent()) {
            throw OptionError.usage("run", bad.get());
        }
        if (!cmd.bool("detach") && spec.openStdin() && spec.tty() && !AttachCommand.inputIsTerminal(ctx)) {
            ctx.err().println("the input device is not a TTY");
            return 1;
        }
        CidFile cid = CidFile.create(cmd, ctx, "run");
        Optional<String> badImage = ContainerCreation.invalidReference(spec.image());
        if (badImage.isPresent()) {
            if (cid != null) {
                cid.remove();
            }
            ctx.err().print(OptionError.usage("run", badImage.get(), 0).text());
            return 125;
        }
        String id;
        try {
            id = ContainerCreation.create(ctx, spec, pull, cmd.bool("quiet"));
        } catch (EngineException e) {
            if (cid != null) {
                cid.remove();
            }
            return startError(ctx, e);
        }
        if (cid != null) {
            cid.write(id);
        }
        if (cmd.bool("detach")) {
            ctx.out().println(id);
            try {
                ctx.engine().startContainer(id);
            } catch (EngineException e) {
                return startError(ctx, e);
            }
            return 0;
        }
        Optional<String> refused = AttachUpgrade.refusal(cmd.string("detach-keys", ""), null);
        if (refused.isPresent()) {
            ctx.err().println(refused.get());
            return 1;
        }
        String shown = spec.name() == null ? ShortIds.of(id) : spec.name();
        if (spec.openStdin()) {
            // -i: the keyboard (or the pipe) is the container's standard input; a shell opens its own prompt.
            return AttachCommand.follow(ctx, id, true, true, spec.tty(), shown);
        }
        OptionalInt status;
        try {
            status = ctx.engine().runAttached(id, entry -> print(ctx, entry));
        } catch (EngineException e) {
            return startError(ctx, e);
        }
        if (status.isEmpty()) {
            ctx.out().flush();
            AttachCommand.keepsRunning(ctx, shown, spec.tty());
            return 0;
        }
        return status.getAsInt();
    }

    /** Writes one line a container printed to the stream it came from; a missing final newline is added. */
    static void print(CliContext ctx, LogEntry entry) {
        var stream = entry.stderr() ? ctx.err() : ctx.out();
        stream.print(entry.text().endsWith("\n") ? entry.text() : entry.text() + "\n");
    }

    private static int startError(CliContext ctx, EngineException e) {
        String text = e.kind() == EngineException.Kind.IN_STREAM ? e.getMessage() : "Error response from daemon: " + e.getMessage();
        ctx.err().print(OptionError.usage("run", text, 0).text());
        return startStatus(e.getMessage());
    }

    /** docker/cli's {@code runStartContainerErr}: 127 for a missing executable, 126 for one that cannot run, else 125. */
    static int startStatus(String message) {
        if (message.contains("executable file not found") || message.contains("no such file or directory")
                || message.contains("system cannot find the file specified")) {
            return 127;
        }
        if (message.contains("permission denied") || message.contains("is a directory")) {
            return 126;
        }
        return 125;
    }
}
