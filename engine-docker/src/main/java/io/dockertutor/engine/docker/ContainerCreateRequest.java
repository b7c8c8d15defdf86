package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.MountSpec;
import io.dockertutor.engine.PortBinding;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /containers/create} for a {@link ContainerSpec}, built as the docker CLI builds it
 * ({@code cli/command/container/opts.go}): {@code -v /data} (no colon) is an anonymous volume in
 * {@code Config.Volumes}, every other {@code -v} goes verbatim into {@code HostConfig.Binds} for the daemon to parse
 * (docker-java's typed {@code Bind} would rewrite them, and inspect would then show {@code :rw} nobody typed).
 */
final class ContainerCreateRequest {
    private ContainerCreateRequest() {
    }

    static ObjectNode body(ContainerSpec spec, Map<String, String> labels) {
        return body(spec, labels, java.util.function.UnaryOperator.identity());
    }

    /** As above, with each named volume's source ({@code -v NAME:/path}, {@code --mount source=NAME}) as {@code volumes} names it. */
    static ObjectNode body(ContainerSpec spec, Map<String, String> labels, java.util.function.UnaryOperator<String> volumeNames) {
        ObjectNode b = ApiJson.object();
        b.put("Image", spec.image());
        if (spec.cmd() != null) {
            strings(b.putArray("Cmd"), spec.cmd());
        }
        if (spec.entrypoint() != null) {
            // An empty --entrypoint clears the image's; the daemon reads [""] as that.
            strings(b.putArray("Entrypoint"), spec.entrypoint().isEmpty() ? List.of("") : spec.entrypoint());
        }
        strings(b.putArray("Env"), spec.env());
        ObjectNode labelNode = b.putObject("Labels");
        labels.forEach(labelNode::put);
        b.put("WorkingDir", spec.workingDir());
        b.put("User", spec.user());
        b.put("Hostname", spec.hostname());
        ObjectNode exposed = b.putObject("ExposedPorts");
        spec.exposedPorts().forEach(p -> exposed.putObject(p.contains("/") ? p : p + "/tcp"));
        spec.portBindings().forEach(p -> exposed.putObject(p.portKey()));
        b.put("Tty", spec.tty());
        b.put("OpenStdin", spec.openStdin());
        b.put("AttachStdin", spec.openStdin() && !spec.detach());
        b.put("StdinOnce", spec.openStdin() && !spec.detach());
        b.put("AttachStdout", !spec.detach());
        b.put("AttachStderr", !spec.detach());
        if (spec.stopSignal() != null && !spec.stopSignal().isEmpty()) {
            b.put("StopSignal", spec.stopSignal());
        }
        if (spec.stopTimeout() != null) {
            b.put("StopTimeout", spec.stopTimeout());
        }
        ObjectNode volumes = b.putObject("Volumes");
        ObjectNode host = b.putObject("HostConfig");
        ArrayNode binds = host.putArray("Binds");
        for (String bind : spec.binds()) {
            if (bind.contains(":")) {
                binds.add(namedSource(bind, volumeNames));
            } else {
                volumes.putObject(bind);
            }
        }
        ObjectNode ports = host.putObject("PortBindings");
        for (PortBinding p : spec.portBindings()) {
            ObjectNode binding = ((ArrayNode) (ports.has(p.portKey()) ? ports.get(p.portKey()) : ports.putArray(p.portKey()))).addObject();
            binding.put("HostIp", p.hostIp());
            binding.put("HostPort", p.hostPort() == 0 ? "" : Integer.toString(p.hostPort()));
        }
        host.put("PublishAllPorts", spec.publishAll());
        List<String> volumesFrom = spec.hostOptions().getOrDefault("volumes-from", List.of());
        if (!volumesFrom.isEmpty()) {
            strings(host.putArray("VolumesFrom"), volumesFrom);
        }
        ArrayNode mounts = host.putArray("Mounts");
        for (MountSpec m : spec.mounts()) {
            ObjectNode mount = mounts.addObject();
            mount.put("Type", m.type());
            mount.put("Source", "volume".equals(m.type()) && !m.source().isEmpty() ? volumeNames.apply(m.source()) : m.source());
            mount.put("Target", m.target());
            mount.put("ReadOnly", m.readOnly());
        }
        ObjectNode tmpfs = host.putObject("Tmpfs");
        spec.tmpfs().forEach(t -> tmpfs.put(t, ""));
        ObjectNode restart = host.putObject("RestartPolicy");
        restart.put("Name", spec.restartPolicy().name());
        restart.put("MaximumRetryCount", spec.restartPolicy().maximumRetryCount());
        host.put("AutoRemove", spec.autoRemove());
        host.put("NetworkMode", spec.network());
        if (!spec.networkAliases().isEmpty()) {
            ObjectNode endpoint = b.putObject("NetworkingConfig").putObject("EndpointsConfig").putObject(spec.network());
            strings(endpoint.putArray("Aliases"), spec.networkAliases());
        }
        HostOptionsRequest.write(spec.hostOptions(), spec.network(), b, host);
        return b;
    }

    /** The named volumes {@code spec} mounts by name (not bind sources, not anonymous volumes), as typed. */
    static List<String> namedVolumes(ContainerSpec spec) {
        List<String> out = new java.util.ArrayList<>();
        for (String bind : spec.binds()) {
            int colon = bind.indexOf(':');
            if (colon > 0 && named(bind.substring(0, colon))) {
                out.add(bind.substring(0, colon));
            }
        }
        spec.mounts().stream().filter(m -> "volume".equals(m.type()) && !m.source().isEmpty()).forEach(m -> out.add(m.source()));
        return out;
    }

    private static String namedSource(String bind, java.util.function.UnaryOperator<String> volumes) {
        int colon = bind.indexOf(':');
        return colon > 0 && named(bind.substring(0, colon)) ? volumes.apply(bind.substring(0, colon)) + bind.substring(colon) : bind;
    }

    /** A {@code -v} source that names a volume rather than a host path (the daemon's rule: not absolute). */
    private static boolean named(String source) {
        return !source.startsWith("/") && !source.startsWith(".") && !source.startsWith("~") && !source.contains("/");
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
