package io.dockertutor.checker;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.VolumeInfo;
import java.util.Optional;
import java.util.function.Supplier;

/** Engine lookups where "not there" is an answer, not an error. */
final class Lookups {
    private Lookups() {
    }

    static Optional<ContainerDetails> container(CheckContext ctx, String name) {
        return find(() -> ctx.engine().inspectContainer(name, false));
    }

    static Optional<ImageDetails> image(CheckContext ctx, String ref) {
        return find(() -> ctx.engine().inspectImage(ref));
    }

    static Optional<VolumeInfo> volume(CheckContext ctx, String name) {
        return find(() -> ctx.engine().inspectVolume(name));
    }

    private static <T> Optional<T> find(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
