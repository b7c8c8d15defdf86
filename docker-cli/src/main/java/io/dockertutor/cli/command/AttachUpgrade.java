package io.dockertutor.cli.command;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.DetachKeys;
import java.util.Optional;

/**
 * What the daemon refuses of {@code POST /containers/{id}/attach} before it upgrades the connection (moby
 * daemon/attach.go {@code ContainerAttach}): detach keys it cannot read (400, checked first), a paused or restarting
 * container (409). The CLI's hijacking client sees only the status, so {@code docker run}, {@code start -a} and
 * {@code attach} print {@code unable to upgrade to tcp, received 400} and exit 1. Neither engine here takes the keys
 * with its attach, so the CLI answers for both, where the daemon would.
 */
final class AttachUpgrade {
    private AttachUpgrade() {
    }

    /** The refusal of an attach to {@code c} ({@code null} for a container just created) with {@code detachKeys}. */
    static Optional<String> refusal(String detachKeys, ContainerDetails c) {
        if (!DetachKeys.accepted(detachKeys)) {
            return Optional.of(failed(400));
        }
        if (c != null && (c.state().paused() || c.state().restarting())) {
            return Optional.of(failed(409));
        }
        return Optional.empty();
    }

    private static String failed(int status) {
        return "unable to upgrade to tcp, received " + status;
    }
}
