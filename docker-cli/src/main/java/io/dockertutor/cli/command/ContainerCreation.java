package io.dockertutor.cli.command;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import java.util.ArrayList;
import java.util.List;
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
        List<String> warnings = new ArrayList<>(ctx.engine().lastCreateWarnings());
        localhostDns(spec.hostOptions().getOrDefault("dns", List.of())).ifPresent(warnings::add);
        for (String warning : warnings) {
            ctx.err().println("WARNING: " + warning);
        }
        return id;
    }

    /**
     * create.go's {@code localhostDNSWarning}, the CLI's own warning after the daemon's: the first {@code --dns} that
     * is a loopback address ({@code netip.ParseAddr}, so 127.0.0.1 or ::1 and no name), as netip prints it.
     */
    static Optional<String> localhostDns(List<String> servers) {
        for (String dns : servers) {
            if (dns.matches("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")) {
                return Optional.of("Localhost DNS (" + dns + ") may fail in containers.");
            }
            if (dns.matches("[0:]*:0*1") && dns.contains("::") || dns.matches("(0{1,4}:){7}0{0,3}1")) {
                return Optional.of("Localhost DNS (::1) may fail in containers.");
            }
        }
        return Optional.empty();
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
