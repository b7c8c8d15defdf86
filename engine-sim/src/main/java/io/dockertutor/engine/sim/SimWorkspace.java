package io.dockertutor.engine.sim;

import io.dockertutor.engine.sim.fs.MountPlanner;
import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.OutsideViewException;
import java.nio.file.Path;

/**
 * Where bind mounts and builds may reach: inside the learner's workspace only, through the one confined view, so a
 * source that is or passes through a symbolic link leading out is refused like any path outside. The answer is the
 * real path (no link on it), so nothing later follows a link. Without a workspace every bind is refused.
 */
final class SimWorkspace implements MountPlanner.HostPaths {
    private ConfinedFileView view;

    /** Lets bind mounts reach {@code workspace}, the host directory the learner works in (a link to it too). */
    void root(Path workspace) {
        this.view = workspace == null ? null : ConfinedFileView.workspace(workspace);
    }

    @Override
    public Path toHost(String hostPath) {
        if (view == null) {
            return null;
        }
        try {
            return view.resolve(hostPath);
        } catch (OutsideViewException e) {
            return null;
        }
    }
}
