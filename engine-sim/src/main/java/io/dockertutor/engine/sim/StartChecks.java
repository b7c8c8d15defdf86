package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.GpuRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What moby v28's {@code containerStart} checks before the OCI runtime runs anything, in its order: the networks
 * ({@code initializeNetworking}: one recorded while the container was stopped may not exist), then the runtime spec
 * ({@code createSpec}): the legacy links' containers must be running, {@code WithDevices} (each {@code --device} must exist on the host; {@code --gpus} needs a
 * device driver, and the modelled host has no NVIDIA runtime) and {@code WithUser} (the user in the image's
 * /etc/passwd, each {@code --group-add} name in its /etc/group). A failure leaves the error and exit code 128 in the
 * container's state.
 */
final class StartChecks {
    /** The device nodes of the modelled host (a stock Ubuntu 24.04 / Docker Desktop VM without GPUs or sound). */
    private static final Set<String> HOST_DEVICES = Set.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random",
            "/dev/urandom", "/dev/tty", "/dev/console", "/dev/ptmx", "/dev/kmsg", "/dev/fuse", "/dev/net/tun", "/dev/loop0",
            "/dev/sda", "/dev/vda", "/dev/mem", "/dev/rtc0");
    private static final long MAX_ID = Integer.MAX_VALUE;

    private StartChecks() {
    }

    static void check(SimContainer c, NetworkStore networks, ContainerStore containers) {
        for (String net : c.networkIps.keySet()) {
            networks.get(net);
        }
        LegacyLinks.of(c, containers).checkRunning(); // withCommonOptions, before the devices
        Map<String, List<String>> o = c.spec.hostOptions();
        for (String device : o.getOrDefault("device", List.of())) {
            String path = device.split(":", 2)[0];
            if (!HOST_DEVICES.contains(path)) {
                throw EngineException.serverError("error gathering device information while adding custom device \"" + path
                        + "\": no such file or directory");
            }
        }
        for (String gpus : o.getOrDefault("gpus", List.of())) {
            throw EngineException.badRequest(noGpuDriver(gpus));
        }
        user(c);
        groups(c, o.getOrDefault("group-add", List.of()));
    }

    /** {@code incompatibleDeviceRequest}: no device driver matches the request's driver and capabilities. */
    private static String noGpuDriver(String value) {
        GpuRequest request = GpuRequest.parse(value);
        return "could not select device driver \"" + request.driver() + "\" with capabilities: [["
                + String.join(" ", request.capabilities()) + "]]";
    }

    private static void user(SimContainer c) {
        String user = c.user == null ? "" : c.user.split(":", 2)[0];
        if (!user.isEmpty() && !user.matches("\\d+")) {
            String passwd = c.files.readText("/etc/passwd");
            if (passwd != null && passwd.lines().noneMatch(l -> l.startsWith(user + ":"))) {
                throw EngineException.badRequest("unable to find user " + user + ": no matching entries in passwd file");
            }
        }
    }

    /** moby/sys/user's {@code GetAdditionalGroups}: a name or id in /etc/group, else a number in range. */
    private static void groups(SimContainer c, List<String> added) {
        if (added.isEmpty()) {
            return;
        }
        String text = c.files.readText("/etc/group");
        List<String[]> groups = text == null ? List.of() : text.lines().map(l -> l.split(":", -1)).filter(f -> f.length >= 3).toList();
        for (String g : added) {
            if (groups.stream().anyMatch(f -> f[0].equals(g) || f[2].equals(g))) {
                continue;
            }
            long gid;
            try {
                gid = Long.parseLong(g);
            } catch (NumberFormatException e) {
                throw EngineException.serverError("Unable to find group " + g + ": no matching entries in group file");
            }
            if (gid < 0 || gid > MAX_ID) {
                throw EngineException.serverError("uids and gids must be in range 0-2147483647");
            }
        }
    }
}
