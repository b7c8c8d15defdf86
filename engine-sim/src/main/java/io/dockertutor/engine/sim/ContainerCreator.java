package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.sim.fs.ContainerFiles;
import io.dockertutor.engine.sim.fs.RecentLayers;
import io.dockertutor.engine.sim.fs.Mount;
import io.dockertutor.engine.sim.fs.MountPlanner;
import io.dockertutor.engine.sim.fs.VolumeStore;
import io.dockertutor.engine.RestartPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /containers/create} with the daemon's checks and messages: the image must be present, the name
 * valid and free, the restart policy sound; the container's config is the image's config overridden by the
 * request, with Docker's rule that a new entrypoint drops the image's CMD.
 */
final class ContainerCreator {
    private static final Pattern NAME = Pattern.compile("/?[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Set<String> POLICIES = Set.of("no", "always", "on-failure", "unless-stopped");

    private final ImageStore images;
    private final ContainerStore containers;
    private final NetworkStore networks;
    private final EngineIds ids;
    private final VolumeStore volumes;
    private final RecentLayers recentLayers;
    private final MountPlanner.HostPaths hostPaths;
    private List<String> warnings = List.of();

    ContainerCreator(ImageStore images, ContainerStore containers, NetworkStore networks, EngineIds ids, VolumeStore volumes,
                     MountPlanner.HostPaths hostPaths, RecentLayers recentLayers) {
        this.recentLayers = recentLayers;
        this.images = images;
        this.containers = containers;
        this.networks = networks;
        this.ids = ids;
        this.volumes = volumes;
        this.hostPaths = hostPaths;
    }

    SimContainer create(ContainerSpec spec, Instant now) {
        LocalImage image = images.get(spec.image());
        String name = spec.name();
        if (name != null && !name.isEmpty()) {
            if (!NAME.matcher(name).matches()) {
                throw EngineException.badRequest("Invalid container name (" + name + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
            }
            name = name.startsWith("/") ? name.substring(1) : name;
            String taken = name;
            containers.byName(name).ifPresent(other -> {
                throw EngineException.conflict("Conflict. The container name \"/" + taken + "\" is already in use by container \""
                        + other.id + "\". You have to remove (or rename) that container to be able to reuse that name.");
            });
        } else {
            name = NameGenerator.generate(ids, containers::nameTaken);
        }
        checkRestartPolicy(spec);
        warnings = HostOptionChecks.check(spec, containers, networks, SimDaemonInfo.CPUS);
        String network = spec.network().equals("default") ? "bridge" : spec.network();
        networks.get(network);
        ImageConfig ic = image.config();
        List<String> entrypoint = spec.entrypoint() != null ? spec.entrypoint() : ic.entrypoint();
        List<String> cmd = spec.cmd() != null && !spec.cmd().isEmpty() ? spec.cmd()
                : spec.entrypoint() != null ? List.of() : ic.cmd();
        List<String> argv = new ArrayList<>(entrypoint);
        argv.addAll(cmd);
        if (argv.isEmpty()) {
            throw EngineException.badRequest("no command specified");
        }
        // Mounts are checked before anything is made, so a refused request leaves no volume behind.
        List<Mount> mounts = volumesFrom(spec, MountPlanner.plan(withImageVolumes(spec, ic), volumes, hostPaths));
        String id = ids.next();
        Map<String, String> labels = new LinkedHashMap<>(ic.labels());
        labels.putAll(spec.labels());
        Set<String> exposed = new LinkedHashSet<>(ic.exposedPorts());
        exposed.addAll(spec.exposedPorts());
        spec.portBindings().forEach(p -> exposed.add(p.portKey()));
        SimContainer c = new SimContainer(id, now, image.id(), spec.image(), spec, argv.get(0), argv.subList(1, argv.size()),
                mergeEnv(ic.env(), spec.env()), spec.workingDir().isEmpty() ? ic.workingDir() : spec.workingDir(),
                spec.user().isEmpty() ? ic.user() : spec.user(), spec.hostname().isEmpty() ? id.substring(0, 12) : spec.hostname(),
                List.copyOf(exposed), labels, spec.stopSignal() != null ? spec.stopSignal() : ic.stopSignal(),
                spec.stopTimeout() != null ? spec.stopTimeout() : 10, mounts.stream().map(Mount::toMountPoint).toList());
        c.name = name;
        c.imageEntrypoint = List.copyOf(entrypoint);
        c.networkIps.put(network, "");
        String ip = spec.hostOptions().getOrDefault("ip", List.of()).stream().reduce((a, b) -> b).orElse("");
        if (!ip.isEmpty()) {
            c.requestedIps.put(network, ip); // --ip: the first network's endpoint asks for it at each start
        }
        c.imageFiles = image.files();
        c.imageLayers = image.layers();
        c.files = new ContainerFiles(image.files(), mounts, volumes, Map.of("/etc/hostname", c.hostname + "\n"), recentLayers,
                spec.readOnlyRootfs());
        WorkingDirectories.make(c, spec.workingDir());
        c.files.populateVolumes();
        containers.add(c);
        return c;
    }

    /** The warnings the daemon answers with the container {@link #create} made. */
    List<String> warnings() {
        return warnings;
    }

    /**
     * {@code --volumes-from C[:ro|:rw]}: C's volumes and binds (not its tmpfs) at the same places, read-only with
     * {@code :ro}, read-write with {@code :rw}, else as C has them; a place this container mounts itself keeps its own.
     */
    private List<Mount> volumesFrom(ContainerSpec spec, List<Mount> own) {
        List<Mount> out = new ArrayList<>(own);
        for (String from : spec.hostOptions().getOrDefault("volumes-from", List.of())) {
            String[] parts = from.split(":", 2);
            SimContainer source = containers.find(parts[0]).orElse(null);
            if (source == null || source.files == null) {
                continue;
            }
            for (Mount m : source.files.mounts()) {
                if (m.type() == Mount.Type.TMPFS || out.stream().anyMatch(o -> o.target().equals(m.target()))) {
                    continue;
                }
                boolean readOnly = parts.length == 2 ? parts[1].equals("ro") : m.readOnly();
                out.add(new Mount(m.type(), m.name(), m.source(), m.target(), m.mode(), readOnly, m.propagation(), m.hostPath(), true));
            }
        }
        return out;
    }

    /** The image's VOLUME paths not covered by a mount become anonymous volumes, as the daemon makes them. */
    private static ContainerSpec withImageVolumes(ContainerSpec spec, ImageConfig image) {
        if (image.volumes().isEmpty()) {
            return spec;
        }
        List<String> binds = new ArrayList<>(spec.binds());
        for (String path : image.volumes()) {
            boolean covered = spec.binds().stream().anyMatch(b -> b.endsWith(":" + path) || b.contains(":" + path + ":") || b.equals(path))
                    || spec.mounts().stream().anyMatch(m -> m.target().equals(path));
            if (!covered) {
                binds.add(path);
            }
        }
        return spec.toBuilder().binds(binds).build();
    }

    private static void checkRestartPolicy(ContainerSpec spec) {
        checkPolicy(spec.restartPolicy());
        if (spec.autoRemove() && !spec.restartPolicy().name().equals("no")) {
            throw EngineException.badRequest("can't create 'AutoRemove' container with restart policy");
        }
    }

    /** The daemon's checks of a restart policy, at create and at update. */
    static void checkPolicy(RestartPolicy p) {
        if (!POLICIES.contains(p.name())) {
            throw EngineException.badRequest("invalid restart policy: unknown policy '" + p.name()
                    + "'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'");
        }
        if (p.maximumRetryCount() < 0) {
            throw EngineException.badRequest("invalid restart policy: maximum retry count can't be negative");
        }
        if (p.maximumRetryCount() > 0 && !p.name().equals("on-failure")) {
            throw EngineException.badRequest("invalid restart policy: maximum retry count can only be used with 'on-failure'");
        }
    }

    /**
     * Config.Env as the daemon merges it (daemon/commit.go {@code merge}, checked on the lab engine through the API
     * and the CLI): the request's variables in their order, then each of the image's whose name the request does not
     * set. So {@code -e B=2 -e A=1} on busybox gives {@code [B=2 A=1 PATH=...]}, {@code -e PATH=/bin -e Z=9}
     * gives {@code [PATH=/bin Z=9]}, and the container's processes see PATH, HOSTNAME, the rest, then HOME.
     */
    static List<String> mergeEnv(List<String> image, List<String> request) {
        if (request.isEmpty()) {
            return List.copyOf(image);
        }
        java.util.List<String> env = new java.util.ArrayList<>(request);
        java.util.Set<String> given = new java.util.HashSet<>();
        request.forEach(e -> given.add(key(e)));
        for (String e : image) {
            if (!given.contains(key(e))) {
                env.add(e);
            }
        }
        return List.copyOf(env);
    }

    private static String key(String e) {
        int eq = e.indexOf('=');
        return eq < 0 ? e : e.substring(0, eq);
    }
}
