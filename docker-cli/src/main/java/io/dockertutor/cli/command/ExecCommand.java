package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.cli.grammar.UsageError;
import io.dockertutor.engine.ExecSpec;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker exec [-d] [-i] [-t] [-e] [-u] [-w] CONTAINER COMMAND...}: runs in the container with the
 * session's standard streams; the exit status is the command's. With {@code -i} the command reads the session's
 * standard input, so an interactive shell ({@code -it web sh}) is driven by whatever feeds that stream: the
 * learner's terminal, or a batch runner's lines. Like docker, {@code -it} refuses when there is no terminal.
 */
final class ExecCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws UsageError {
        boolean interactive = cmd.bool("interactive");
        boolean tty = cmd.bool("tty");
        if (interactive && tty && !ctx.terminal()) {
            ctx.err().println("the input device is not a TTY");
            return 1;
        }
        List<String> env = new ArrayList<>();
        try {
            for (String f : cmd.list("env-file")) {
                env.addAll(KeyValueFiles.read(f, ctx.files(), ctx.clientEnv()));
            }
        } catch (OptionError e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        for (String e : cmd.list("env")) {
            if (e.isEmpty() || e.startsWith("=")) {
                throw OptionError.badFlagValue(cmd.command(), "env", e, "invalid environment variable: " + e);
            }
            if (e.contains("=")) {
                env.add(e);
            } else if (ctx.clientEnv().containsKey(e)) {
                env.add(e + "=" + ctx.clientEnv().get(e));
            }
        }
        List<String> args = cmd.args();
        ExecSpec spec = new ExecSpec(args.subList(1, args.size()), env, cmd.string("user", ""), cmd.string("workdir", ""),
                tty, interactive, cmd.string("detach-keys", ""), cmd.bool("detach"));
        InputStream in = interactive ? StdinCopy.of(ctx) : new ByteArrayInputStream(new byte[0]);
        if (cmd.bool("detach")) {
            ctx.engine().exec(args.get(0), spec, in, java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream());
            return 0;
        }
        int status = ctx.engine().exec(args.get(0), spec, in, ctx.out(), ctx.err());
        ctx.out().flush();
        return status;
    }
}
