package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ImageReference;

/** {@code docker tag SOURCE TARGET}: the client checks the target reference before asking the engine. */
final class TagCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String target = cmd.args().get(1);
        ImageReference ref;
        try {
            ref = ImageReference.parse(target);
        } catch (ImageReference.InvalidReferenceException e) {
            ctx.err().println("Error parsing reference: \"" + target + "\" is not a valid repository/tag: " + e.getMessage());
            return 1;
        }
        if (ref.digest() != null) {
            ctx.err().println("refusing to create a tag with a digest reference");
            return 1;
        }
        ctx.engine().tag(cmd.args().get(0), ref);
        return 0;
    }
}
