package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.MountSpec;
import io.dockertutor.engine.VolumeInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a create request's {@code -v}, {@code --mount} and {@code --tmpfs} values into a container's mount table,
 * as the daemon does at create: everything is checked first, then named volumes that do not exist yet are created
 * and anonymous ones made, so a refused request leaves no volume behind.
 *
 * <pre>{@code
 * List<Mount> mounts = MountPlanner.plan(spec, volumes, hostPath -> workspace.resolve(hostPath));
 * }</pre>
 */
public final class MountPlanner {

    /** Where a bind's host path lives on the real disk; null when the tutor cannot reach it. */
    @FunctionalInterface
    public interface HostPaths {
        Path toHost(String hostPath);
    }

    private MountPlanner() {
    }

    public static List<Mount> plan(ContainerSpec spec, VolumeStore volumes, HostPaths hostPaths) {
        record Planned(Mount.Type type, String source, String target, String mode, boolean readOnly,
                       String propagation, boolean noCopy) {
        }
        List<Planned> planned = new ArrayList<>();
        for (String raw : spec.binds()) {
            BindSpec b = BindSpec.parse(raw);
            if (b.type() == Mount.Type.VOLUME && !b.source().isEmpty() && !volumes.exists(b.source())) {
                VolumeName.validate(b.source());
            }
            planned.add(new Planned(b.type(), b.source(), b.target(), b.mode(), b.readOnly(), b.propagation(),
                    b.noCopy()));
        }
        for (MountSpec m : spec.mounts()) {
            Path host = m.type().equals("bind") && m.source().startsWith("/") ? hostPaths.toHost(m.source()) : null;
            Mount.Type type = MountRules.check(m, host);
            if (type == Mount.Type.VOLUME && !m.source().isEmpty() && !volumes.exists(m.source())) {
                VolumeName.validate(m.source());
            }
            planned.add(new Planned(type, m.source(), m.target(), type == Mount.Type.VOLUME ? "z" : "",
                    m.readOnly(), type == Mount.Type.BIND ? "rprivate" : "", false));
        }
        for (String t : spec.tmpfs()) {
            String target = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
            String problem = MountRules.targetProblem(target);
            if (problem != null) {
                // ValidateTmpfsMountDestination: the bare problem, not wrapped as a mount config error
                throw EngineException.badRequest(problem);
            }
            planned.add(new Planned(Mount.Type.TMPFS, "", target, "", false, "", false));
        }
        for (Planned p : planned) {
            if (p.type() == Mount.Type.BIND && hostPaths.toHost(p.source()) == null) {
                throw EngineException.badRequest(MountRules.configError(Mount.Type.BIND,
                        "bind source path does not exist: " + p.source()));
            }
        }
        Set<String> targets = new HashSet<>();
        for (Planned p : planned) {
            if (!targets.add(p.target())) {
                throw EngineException.badRequest("Duplicate mount point: " + p.target());
            }
        }
        List<Mount> mounts = new ArrayList<>();
        for (Planned p : planned) {
            mounts.add(switch (p.type()) {
                case BIND -> new Mount(Mount.Type.BIND, "", p.source(), p.target(), p.mode(), p.readOnly(),
                        p.propagation(), hostPaths.toHost(p.source()), false);
                case VOLUME -> {
                    VolumeInfo v = volumes.create(p.source(), "local", Map.of(), Map.of());
                    yield new Mount(Mount.Type.VOLUME, v.name(), v.mountpoint(), p.target(), p.mode(), p.readOnly(),
                            "", null, p.noCopy());
                }
                case TMPFS -> new Mount(Mount.Type.TMPFS, "", "", p.target(), "", p.readOnly(), "", null, false);
            });
        }
        return mounts;
    }
}
