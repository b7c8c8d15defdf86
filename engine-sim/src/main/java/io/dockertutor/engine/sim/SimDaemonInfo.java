package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineInfo;
import io.dockertutor.engine.EngineVersion;
import java.time.Instant;

/**
 * What the simulated daemon says about itself: {@code docker version}, fixed to the release it imitates, and
 * {@code docker info}, whose counts of containers and images come from the state.
 */
final class SimDaemonInfo {
    static final String VERSION = "28.2.2";
    static final String API_VERSION = "1.50";

    private SimDaemonInfo() {
    }

    static EngineVersion version() {
        // Docker CE 28.2.2 for linux/amd64 with the containerd.io it ships with, as `docker version` prints them
        return new EngineVersion("Docker Engine - Community", VERSION, API_VERSION, "1.24", "45873be", "go1.24.3",
                "linux", "amd64", io.dockertutor.engine.sim.fs.Uname.RELEASE, Instant.parse("2025-05-30T12:07:28Z"), "1.7.27", "1.2.5", "0.19.0",
                "05044ec0a9a75232cad458027ca83437aae3f4da", "v1.2.5-0-g59923ef", "de40ad0");
    }

    /** The simulated host's CPUs (what {@code docker info} shows and the daemon checks {@code --cpus} against). */
    static final int CPUS = 2;

    static EngineInfo info(SimState state) {
        int count = state.images.size();
        int running = (int) state.containers.all().stream().filter(c -> c.status.equals("running") || c.status.equals("restarting")).count();
        int paused = (int) state.containers.all().stream().filter(c -> c.status.equals("paused")).count();
        int total = state.containers.size();
        return new EngineInfo("docker-tutor", VERSION, total, running, paused, total - running - paused, count, "overlay2", "json-file", "systemd",
                "Simulated Docker Engine (docker-tutor)", "linux", "x86_64", CPUS, 8L << 30, "/var/lib/docker", io.dockertutor.engine.sim.fs.Uname.RELEASE);
    }
}
