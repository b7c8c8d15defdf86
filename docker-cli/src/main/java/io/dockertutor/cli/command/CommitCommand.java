package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.CommitRequest;
import io.dockertutor.engine.ImageReference;

/**
 * {@code docker commit [-a -m -c -p] CONTAINER [REPOSITORY[:TAG]]}: the client checks the reference (as the API
 * client's {@code ContainerCommit} does), the daemon makes the image; the new image's id is printed.
 */
final class CommitCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String reference = null;
        if (cmd.args().size() > 1) {
            ImageReference ref = ImageReference.parse(cmd.args().get(1));
            if (ref.digest() != null) {
                ctx.err().println("refusing to create a tag with a digest reference");
                return 1;
            }
            reference = ref.withDefaultTag().familiar();
        }
        CommitRequest request = new CommitRequest(reference, cmd.string("author", ""), cmd.string("message", ""),
                cmd.list("change"), !cmd.has("pause") || cmd.bool("pause"));
        ctx.out().println(ctx.engine().imageArchives().commit(cmd.args().get(0), request));
        return 0;
    }
}
