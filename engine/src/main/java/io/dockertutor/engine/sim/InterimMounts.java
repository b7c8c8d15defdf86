package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.MountPoint;
import io.dockertutor.engine.MountSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Mount points from {@code -v} and {@code --mount}, described but not yet backed by data: the simulated file
 * systems and volume store replace this planner.
 */
final class InterimMounts {
    private InterimMounts() {
    }

    static List<MountPoint> plan(String containerId, ContainerSpec spec, ImageConfig image) {
        List<MountPoint> out = new ArrayList<>();
        for (String bind : spec.binds()) {
            String[] parts = bind.split(":");
            if (parts.length == 1) {
                out.add(volume(Ids.sha256(containerId + bind).substring(7), parts[0], true, ""));
            } else if (parts.length <= 3) {
                boolean ro = parts.length == 3 && parts[2].contains("ro");
                if (!parts[1].startsWith("/")) {
                    throw EngineException.badRequest("invalid volume specification: '" + bind + "': invalid mount config for type \"volume\": invalid mount path: '"
                            + parts[1] + "' mount path must be absolute");
                }
                out.add(parts[0].startsWith("/")
                        ? new MountPoint("bind", "", parts[0], parts[1], "", parts.length == 3 ? parts[2] : "", !ro, "rprivate")
                        : volume(parts[0], parts[1], !ro, parts.length == 3 ? parts[2] : "z"));
            } else {
                throw EngineException.badRequest("invalid volume specification: '" + bind + "'");
            }
        }
        for (MountSpec m : spec.mounts()) {
            out.add(m.type().equals("volume") ? volume(m.source().isEmpty() ? Ids.sha256(containerId + m.target()).substring(7) : m.source(),
                    m.target(), !m.readOnly(), "z")
                    : new MountPoint(m.type(), "", m.source(), m.target(), "", "", !m.readOnly(), m.type().equals("bind") ? "rprivate" : ""));
        }
        return out;
    }

    private static MountPoint volume(String name, String target, boolean rw, String mode) {
        return new MountPoint("volume", name, "/var/lib/docker/volumes/" + name + "/_data", target, "local", mode, rw, "");
    }
}
