package io.dockertutor.engine.sim;

import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.VolumeInfo;
import java.util.Map;

/** The volume calls that change something, with the {@code create} and {@code destroy} events the daemon logs for them. */
final class VolumeOperations {
    private final SimContext ctx;

    VolumeOperations(SimContext ctx) {
        this.ctx = ctx;
    }

    VolumeInfo create(String name, String driver, Map<String, String> labels, Map<String, String> options) {
        VolumeInfo made = ctx.state().volumes.create(name, driver, labels, options);
        ctx.events().volume(made.name(), "create", Map.of("driver", made.driver())); // again for one that exists, as the daemon does
        return made;
    }

    void remove(String name, boolean force) {
        if (!ctx.state().volumes.exists(name)) {
            ctx.state().volumes.remove(name, force); // its error, or nothing at all with force: no event either way
            return;
        }
        VolumeInfo gone = ctx.state().volumes.inspect(name);
        ctx.state().volumes.remove(name, force);
        ctx.events().volume(gone.name(), "destroy", Map.of("driver", gone.driver()));
    }

    Pruned prune(Filters filters, boolean all) {
        Pruned pruned = ctx.state().volumes.prune(filters, all);
        pruned.removed().forEach(v -> ctx.events().volume(v, "destroy", Map.of("driver", "local")));
        return pruned;
    }
}
