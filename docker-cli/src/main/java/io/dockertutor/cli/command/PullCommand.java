package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ImageReference;

/** {@code docker pull [-a] [-q] NAME[:TAG|@DIGEST]}. */
final class PullCommand implements DockerCommand {

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String name = cmd.args().get(0);
        ImageReference ref;
        try {
            ref = ImageReference.parse(name);
        } catch (ImageReference.InvalidReferenceException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        boolean quiet = cmd.bool("quiet");
        boolean allTags = cmd.bool("all-tags");
        if (allTags && !ref.tagDefaulted()) {
            ctx.err().println("tag can't be used with --all-tags/-a");
            return 1;
        }
        if (ref.tagDefaulted() && !allTags && !quiet) {
            ctx.out().println("Using default tag: latest");
        }
        ProgressDisplay display = new ProgressDisplay(ctx.out(), ctx.terminal());
        if (allTags) {
            // Without tag nor digest the daemon pulls every tag of the repository, in one stream.
            ctx.engine().pull(new ImageReference(ref.domain(), ref.path(), null, null, false), quiet ? e -> { } : display);
            display.finish();
            ctx.out().println(ref.canonicalRepository());
            return 0;
        }
        ctx.engine().pull(ref, quiet ? e -> { } : display);
        display.finish();
        ctx.out().println(ref.canonical());
        return 0;
    }
}
