package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.cli.grammar.UsageError;
import io.dockertutor.engine.ContainerSpec;
import java.util.Optional;

/**
 * {@code docker create}: client-side errors as {@code docker: ...} with exit 125; the daemon's errors (name in
 * use, no such image after the pull) plainly, with exit 1, as {@code runCreate} returns them.
 */
final class CreateCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws UsageError {
        ContainerSpec spec = ContainerOptions.toSpec(cmd, ctx.files(), ctx.clientEnv(), "create");
        String pull = cmd.string("pull", "missing");
        var bad = ContainerCreation.checkPullOption(pull);
        if (bad.isPresent()) {
            throw OptionError.usage("create", bad.get());
        }
        CidFile cid = CidFile.create(cmd, ctx, "create");
        Optional<String> badImage = ContainerCreation.invalidReference(spec.image());
        if (badImage.isPresent()) {
            if (cid != null) {
                cid.remove();
            }
            ctx.err().println(badImage.get());
            return 1;
        }
        String id;
        try {
            id = ContainerCreation.create(ctx, spec, pull, cmd.bool("quiet"));
        } catch (RuntimeException e) {
            if (cid != null) {
                cid.remove();
            }
            throw e;
        }
        if (cid != null) {
            cid.write(id);
        }
        ctx.out().println(id);
        return 0;
    }
}
