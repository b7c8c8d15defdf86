package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EndpointSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.sim.process.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The daemon's checks at {@code POST /containers/create} of the host-config values the simulator does not model
 * otherwise ({@link ContainerSpec#hostOptions()}), with moby v28's texts: {@code verifyContainerSettings},
 * {@code verifyPlatformContainerResources}, {@code validateCapabilities}, the logging driver's {@code ValidateLogOpts},
 * the endpoint's IP addresses, links and {@code --volumes-from}.
 */
final class HostOptionChecks {
    private static final Set<String> CAPS = Set.of("AUDIT_CONTROL", "AUDIT_READ", "AUDIT_WRITE", "BLOCK_SUSPEND", "BPF",
            "CHECKPOINT_RESTORE", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "IPC_LOCK", "IPC_OWNER",
            "KILL", "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD", "NET_ADMIN", "NET_BIND_SERVICE",
            "NET_BROADCAST", "NET_RAW", "PERFMON", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYSLOG", "SYS_ADMIN",
            "SYS_BOOT", "SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO", "SYS_RESOURCE",
            "SYS_TIME", "SYS_TTY_CONFIG", "WAKE_ALARM");
    private static final Set<String> LOG_DRIVERS = Set.of("json-file", "local", "none", "syslog", "journald", "gelf",
            "fluentd", "awslogs", "splunk", "etwlogs", "gcplogs", "logentries");
    private static final Set<String> JSON_FILE_OPTS = Set.of("max-file", "max-size", "compress", "labels", "labels-regex",
            "env", "env-regex", "tag");

    private HostOptionChecks() {
    }

    /** Answers the daemon's warnings about the request, or fails with the first check it does not pass. */
    static List<String> check(ContainerSpec spec, ContainerStore containers, NetworkStore networks, int cpus) {
        Map<String, List<String>> o = spec.hostOptions();
        ResourceChecks.decode(o);
        if (!spec.workingDir().isEmpty() && !spec.workingDir().startsWith("/")) {
            throw EngineException.badRequest("the working directory '" + spec.workingDir()
                    + "' is invalid, it needs to be an absolute path");
        }
        if (spec.stopSignal() != null && !spec.stopSignal().isEmpty() && Signals.normalize(spec.stopSignal()) == null) {
            throw EngineException.badRequest("Invalid signal: " + spec.stopSignal());
        }
        String isolation = last(o, "isolation");
        if (!isolation.isEmpty() && !isolation.equals("default")) {
            throw EngineException.badRequest("invalid isolation (" + isolation + "): linux only supports 'default'");
        }
        List<String> warnings = new ArrayList<>(ResourceChecks.verify(o, cpus));
        long oom = number(last(o, "oom-score-adj"));
        if (oom < -1000 || oom > 1000) {
            throw EngineException.badRequest("Invalid value " + oom + ", range for oom score adj is [-1000, 1000]");
        }
        String ipc = last(o, "ipc");
        if (!ipc.isEmpty() && !List.of("none", "private", "shareable", "host").contains(ipc)
                && !(ipc.startsWith("container:") && ipc.length() > "container:".length())) {
            throw EngineException.badRequest("invalid IPC mode: " + ipc);
        }
        capabilities(o, "cap-add", "CapAdd");
        capabilities(o, "cap-drop", "CapDrop");
        String runtime = last(o, "runtime");
        if (!runtime.isEmpty() && !List.of("runc", "io.containerd.runc.v2").contains(runtime)) {
            throw EngineException.badRequest("unknown or invalid runtime name: " + runtime);
        }
        logging(o);
        addresses(spec, o, networks);
        for (String link : o.getOrDefault("link", List.of())) {
            String target = link.split(":", 2)[0];
            if (containers.find(target).isEmpty()) {
                throw EngineException.notFound("could not get container for " + target + ": No such container: " + target);
            }
        }
        for (String from : o.getOrDefault("volumes-from", List.of())) {
            String[] parts = from.split(":", 2);
            if (parts.length == 2 && !Set.of("ro", "rw", "z", "Z").contains(parts[1])) {
                throw EngineException.badRequest("invalid mode: " + parts[1]);
            }
            if (containers.find(parts[0]).isEmpty()) {
                throw EngineException.notFound("No such container: " + parts[0]);
            }
        }
        storage(o);
        if (spec.network().equals("host") && !spec.portBindings().isEmpty()) {
            warnings.add("Published ports are discarded when using host network mode");
        }
        return warnings;
    }

    private static void capabilities(Map<String, List<String>> o, String flag, String field) {
        for (String cap : o.getOrDefault(flag, List.of())) {
            String c = cap.toUpperCase(Locale.ROOT);
            if (c.equals("ALL")) {
                continue;
            }
            String name = c.startsWith("CAP_") ? c.substring(4) : c;
            if (!CAPS.contains(name)) {
                throw EngineException.badRequest("invalid " + field + ": unknown capability: \"CAP_" + name + "\"");
            }
        }
    }

    private static void logging(Map<String, List<String>> o) {
        String driver = last(o, "log-driver");
        if (!driver.isEmpty() && !LOG_DRIVERS.contains(driver)) {
            throw EngineException.badRequest("error looking up logging plugin " + driver + ": plugin \"" + driver + "\" not found");
        }
        if (driver.isEmpty() || driver.equals("json-file")) {
            for (String opt : o.getOrDefault("log-opt", List.of())) {
                String key = opt.split("=", 2)[0];
                if (!JSON_FILE_OPTS.contains(key)) {
                    throw EngineException.badRequest("unknown log opt '" + key + "' for json-file log driver");
                }
            }
        }
    }

    /**
     * The endpoint settings of the first network ({@code validateNetworkingConfig}, see {@link EndpointChecks}): the
     * address range only when a network of that name or id exists already ({@code FindNetwork}: "default" is none).
     */
    private static void addresses(ContainerSpec spec, Map<String, List<String>> o, NetworkStore networks) {
        String network = spec.network().isEmpty() ? "default" : spec.network();
        NetworkStore.Net n = networks.find(network).orElse(null);
        List<String> errors = EndpointChecks.problems(network, n, new EndpointSpec(List.of(), last(o, "ip"), last(o, "ip6")),
                o.getOrDefault("link-local-ip", List.of()));
        if (!errors.isEmpty()) {
            throw EngineException.badRequest("invalid config for network " + network + ": invalid endpoint settings:\n"
                    + EndpointChecks.joined(errors));
        }
    }

    /**
     * overlay2's {@code CreateReadWrite} on the modelled host (ext4, no project quotas): a size is refused, and any
     * other key is unknown to it ({@code parseStorageOpt}).
     */
    private static void storage(Map<String, List<String>> o) {
        List<String> opts = o.getOrDefault("storage-opt", List.of());
        if (opts.stream().anyMatch(opt -> opt.startsWith("size="))) {
            throw EngineException.serverError("--storage-opt is supported only for overlay over xfs with 'pquota' mount option");
        }
        for (String opt : opts) {
            String key = opt.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT);
            if (!key.equals("size")) {
                throw EngineException.serverError("Unknown option " + key);
            }
        }
    }

    private static String last(Map<String, List<String>> o, String flag) {
        List<String> v = o.getOrDefault(flag, List.of());
        return v.isEmpty() ? "" : v.get(v.size() - 1);
    }

    private static long number(String v) {
        try {
            return v.isEmpty() ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
