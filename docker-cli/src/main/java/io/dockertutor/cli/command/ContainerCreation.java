package io.dockertutor.cli.command;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import java.util.Optional;

/**
 * docker/cli's {@code createContainer}: {@code --pull always} pulls first; otherwise a create that fails with
 * {@code No such image} prints {@code Unable to find image 'busybox:latest' locally} on standard error, pulls
 * (progress on standard error, no final reference line) and creates again. {@code -q} silences both.
 */
final class ContainerCreation {
    private ContainerCreation() {
    }

    /** Validates {@code --pull}; answers the error text for a bad value. */
    static Optional<String> checkPullOption(String pull) {
        return switch (pull) {
            case "always", "missing", "never" -> Optional.empty();
            default -> Optional.of("invalid pull option: '" + pull + "': must be one of \"always\", \"missing\" or \"never\"");
        };
    }

    /**
     * What the CLI says before asking the engine when the image is no reference at all (its
     * {@code reference.ParseAnyReference}): {@code —name} pasted from a page with an em-dash, {@code Nginx}. A full
     * 64-digit id and a {@code sha256:} digest are references too.
     */
    static Optional<String> invalidReference(String image) {
        if (image.matches("[a-f0-9]{64}") || image.matches("sha256:[a-f0-9]{64}")) {
            return Optional.empty();
        }
        try {
            ImageReference.parse(image);
            return Optional.empty();
        } catch (ImageReference.InvalidReferenceException e) {
            return Optional.of(e.getMessage());
        }
    }

    static String create(CliContext ctx, ContainerSpec spec, String pull, boolean quiet) {
        Optional<ImageReference> ref = ImageReference.tryParse(spec.image()).filter(r -> r.digest() == null || r.tag() == null)
                .map(ImageReference::withDefaultTag);
        if (pull.equals("always") && ref.isPresent()) {
            pull(ctx, ref.get(), quiet);
        }
        String id;
        try {
            id = ctx.engine().createContainer(spec);
        } catch (EngineException e) {
            if (e.kind() != EngineException.Kind.NOT_FOUND || ref.isEmpty() || !pull.equals("missing")
                    || !e.getMessage().startsWith("No such image")) {
                throw e;
            }
            if (!quiet) {
                ctx.err().println("Unable to find image '" + ref.get().familiar() + "' locally");
            }
            pull(ctx, ref.get(), quiet);
            id = ctx.engine().createContainer(spec);
        }
        for (String warning : ctx.engine().lastCreateWarnings()) {
            ctx.err().println("WARNING: " + warning);
        }
        return id;
    }

    private static void pull(CliContext ctx, ImageReference ref, boolean quiet) {
        // create.go's pullImage shows the stream as docker pull does: redrawn in place when stderr is a terminal
        ProgressDisplay display = new ProgressDisplay(ctx.err(), ctx.terminal());
        try {
            ctx.engine().pull(ref, quiet ? e -> { } : display);
        } finally {
            display.finish();
        }
    }
}
