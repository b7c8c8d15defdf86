package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerState;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.GoUnits;
import io.dockertutor.engine.PortBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the daemon describes a container: the list entry of {@code docker ps} and the object of {@code inspect}. */
final class ContainerViews {
    private ContainerViews() {
    }

    /** moby's State.String(): {@code Up 2 minutes}, {@code Exited (0) 3 seconds ago}, {@code Created}, ... */
    static String status(SimContainer c, Instant now) {
        switch (c.status) {
            case "running":
                return "Up " + age(c.startedAt, now);
            case "paused":
                return "Up " + age(c.startedAt, now) + " (Paused)";
            case "restarting":
                return "Restarting (" + c.exitCode + ") " + age(c.finishedAt, now) + " ago";
            case "dead":
                return "Dead";
            default:
                if (c.startedAt == null) {
                    return "Created";
                }
                return c.finishedAt == null ? "" : "Exited (" + c.exitCode + ") " + age(c.finishedAt, now) + " ago";
        }
    }

    private static String age(Instant since, Instant now) {
        return GoUnits.humanDuration(Duration.between(since, now));
    }

    /** The daemon's one-line command: the path and the arguments, those with a space in single quotes. */
    static String command(SimContainer c) {
        StringBuilder b = new StringBuilder(c.path);
        for (String a : c.args) {
            b.append(' ').append(a.contains(" ") ? "'" + a + "'" : a);
        }
        return b.toString();
    }

    /** Published ports while running, plus exposed ones with no binding (shown as {@code 80/tcp}). */
    static List<PortBinding> ports(SimContainer c) {
        if (!c.isRunningProcess() && !c.status.equals("restarting")) {
            return List.of();
        }
        List<PortBinding> out = new ArrayList<>(c.ports);
        for (String exposed : c.exposedPorts) {
            int slash = exposed.indexOf('/');
            int port = Integer.parseInt(slash < 0 ? exposed : exposed.substring(0, slash));
            String proto = slash < 0 ? "tcp" : exposed.substring(slash + 1);
            if (out.stream().noneMatch(p -> p.containerPort() == port && p.protocol().equals(proto))) {
                out.add(new PortBinding(port, proto, "", 0));
            }
        }
        return out;
    }

    /** With {@code size}: {@code SizeRw}, the writable layer's bytes, and {@code SizeRootFs}, those plus the image's. */
    static ContainerSummary summary(SimContainer c, Instant now, boolean size, long imageSize) {
        return new ContainerSummary(c.id, List.of("/" + c.name), c.imageName, c.imageId, command(c), c.created,
                c.status, status(c, now), ports(c), c.labels, c.mounts, List.copyOf(c.networkIps.keySet()),
                size ? sizeRw(c) : -1, size ? imageSize + sizeRw(c) : -1);
    }

    static long sizeRw(SimContainer c) {
        return c.files == null ? 0 : c.files.sizeRw();
    }

    static ContainerState state(SimContainer c) {
        boolean running = c.status.equals("running") || c.status.equals("paused") || c.status.equals("restarting");
        return new ContainerState(c.status, running, c.status.equals("paused"), c.status.equals("restarting"), false,
                c.status.equals("dead"), c.pid, c.exitCode, c.error, c.startedAt, c.finishedAt, "");
    }

    /** {@code links}: the legacy links as the daemon shows them ({@link LegacyLinks#inspected()}). */
    static ContainerDetails details(SimContainer c, Map<String, NetworkStore.Net> networks, boolean size, long imageSize,
                                    List<String> links) {
        ContainerDetails.Config config = new ContainerDetails.Config(c.hostname, c.user, c.env,
                c.spec.cmd() != null && !c.spec.cmd().isEmpty() ? c.spec.cmd() : cmdOf(c), entrypointOf(c), c.imageName, c.workingDir, c.labels, c.exposedPorts,
                List.of(), c.spec.tty(), c.spec.openStdin(), c.stopSignal, c.spec.stopTimeout(),
                c.spec.openStdin() && !c.spec.detach(), !c.spec.detach(), !c.spec.detach());
        String mode = c.spec.network().equals("default") ? "bridge" : c.spec.network();
        ContainerDetails.HostConfig host = new ContainerDetails.HostConfig(c.spec.binds(), c.spec.portBindings(),
                c.spec.restartPolicy(), c.spec.autoRemove(), mode, c.spec.publishAll(), c.spec.mounts(), c.spec.tmpfs(), c.resources,
                c.spec.readOnlyRootfs(), c.spec.hostOptions().get("add-host"), links);
        Map<String, ContainerDetails.Endpoint> endpoints = new LinkedHashMap<>();
        c.networkIps.forEach((name, ip) -> {
            NetworkStore.Net n = networks.get(name);
            boolean up = c.isRunningProcess() && !ip.isEmpty();
            endpoints.put(name, new ContainerDetails.Endpoint(n == null ? "" : n.id,
                    up ? EngineIds.sha256("endpoint" + c.id + name).substring(7) : "", up ? n.gateway : "", up ? ip : "",
                    up ? (n == null ? 16 : n.prefixLength()) : 0, up ? NetworkStore.mac(ip) : "", List.of(), n != null && !n.predefined() ? List.of(c.name, c.shortId()) : List.of(),
                    c.requestedIps.getOrDefault(name, "")));
        });
        return new ContainerDetails(c.id, c.created, c.path, c.args, state(c), c.imageId, "/" + c.name, c.restartCount,
                c.mounts, config, host, new ContainerDetails.NetworkSettings(c.isRunningProcess() ? c.ports : List.of(), endpoints),
                size ? sizeRw(c) : -1, size ? imageSize + sizeRw(c) : -1);
    }

    /** The CMD part of what the container runs: everything after the entrypoint. */
    private static List<String> cmdOf(SimContainer c) {
        List<String> all = new ArrayList<>();
        all.add(c.path);
        all.addAll(c.args);
        List<String> ep = entrypointOf(c);
        return all.subList(Math.min(ep.size(), all.size()), all.size());
    }

    private static List<String> entrypointOf(SimContainer c) {
        return c.imageEntrypoint;
    }
}
