package io.dockertutor.checker;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.engine.ImageDetails;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code image: REF} and its conditions. {@code from} holds when the base image's layers are the first layers of
 * the image, which is true of a real engine's images as much as of the simulator's.
 */
final class ImageChecks {
    private ImageChecks() {
    }

    static Optional<String> check(Assertion.ImageIs a, CheckContext ctx) {
        Optional<ImageDetails> found = Lookups.image(ctx, a.ref());
        if (a.absent()) {
            return found.map(d -> CheckerMessages.get(ctx, "image.present", a.ref()));
        }
        if (found.isEmpty()) {
            return Optional.of(CheckerMessages.get(ctx, "image.missing", a.ref()));
        }
        if (!ctx.engine().ownership().touchedImage(a.ref())) {
            // On a shared real engine the user's own copy must not pass for one the learner pulled or built.
            return Optional.of(CheckerMessages.get(ctx, "image.notThisSession", a.ref()));
        }
        ImageDetails d = found.get();
        String ref = a.ref();
        if (a.maxSize() != null && d.size() > a.maxSize()) {
            return Optional.of(CheckerMessages.get(ctx, "image.maxSize", ref, GoUnits.humanSize(a.maxSize()), GoUnits.humanSize(d.size())));
        }
        if (a.minSize() != null && d.size() < a.minSize()) {
            return Optional.of(CheckerMessages.get(ctx, "image.minSize", ref, GoUnits.humanSize(a.minSize()), GoUnits.humanSize(d.size())));
        }
        int layers = d.layers().size();
        if (a.minLayers() != null && layers < a.minLayers()) {
            return Optional.of(CheckerMessages.get(ctx, "image.minLayers", ref, a.minLayers(), layers));
        }
        if (a.maxLayers() != null && layers > a.maxLayers()) {
            return Optional.of(CheckerMessages.get(ctx, "image.maxLayers", ref, a.maxLayers(), layers));
        }
        if (a.user() != null && !a.user().equals(d.config().user())) {
            return Optional.of(CheckerMessages.get(ctx, "image.user", ref, a.user(), d.config().user().isEmpty() ? "root" : d.config().user()));
        }
        if (a.entrypoint() != null && !a.entrypoint().equals(d.config().entrypoint())) {
            return Optional.of(CheckerMessages.get(ctx, "image.entrypoint", ref, a.entrypoint(), d.config().entrypoint()));
        }
        if (a.cmd() != null && !a.cmd().equals(d.config().cmd())) {
            return Optional.of(CheckerMessages.get(ctx, "image.cmd", ref, a.cmd(), d.config().cmd()));
        }
        if (a.workdir() != null && !a.workdir().equals(d.config().workingDir())) {
            return Optional.of(CheckerMessages.get(ctx, "image.workdir", ref, a.workdir(), d.config().workingDir()));
        }
        if (a.exposes() != null) {
            for (String p : a.exposes()) {
                String key = p.contains("/") ? p : p + "/tcp";
                if (!d.config().exposedPorts().contains(key)) {
                    return Optional.of(CheckerMessages.get(ctx, "image.exposes", ref, key, d.config().exposedPorts()));
                }
            }
        }
        if (a.labels() != null) {
            for (Map.Entry<String, String> e : a.labels().entrySet()) {
                if (!e.getValue().equals(d.config().labels().get(e.getKey()))) {
                    return Optional.of(CheckerMessages.get(ctx, "image.label", ref, e.getKey() + "=" + e.getValue(),
                            String.valueOf(d.config().labels().get(e.getKey()))));
                }
            }
        }
        if (a.from() != null) {
            Optional<ImageDetails> base = Lookups.image(ctx, a.from());
            List<String> mine = d.layers();
            boolean built = base.isPresent() && mine.size() >= base.get().layers().size()
                    && mine.subList(0, base.get().layers().size()).equals(base.get().layers());
            if (!built) {
                return Optional.of(CheckerMessages.get(ctx, "image.from", ref, a.from()));
            }
        }
        return Optional.empty();
    }
}
