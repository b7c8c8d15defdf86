package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.MountPoint;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.sim.process.Program;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One container of the simulated engine: what it was created with, what it runs, and where its state machine
 * stands (created, running, paused, restarting, exited, dead). Mutable, owned by {@link ContainerStore};
 * {@link #copy()} makes the independent copies snapshots need.
 */
final class SimContainer {
    final String id;
    final Instant created;
    final String imageId;
    final String imageName;
    ContainerSpec spec;
    /** Limits set by {@code docker update} (the simulator runs no cgroups; inspect shows them). */
    io.dockertutor.engine.Resources resources = io.dockertutor.engine.Resources.NONE;
    final String path;
    final List<String> args;
    final List<String> env;
    final String workingDir;
    final String user;
    final String hostname;
    final List<String> exposedPorts;
    final Map<String, String> labels;
    final String stopSignal;
    final int stopTimeout;
    final List<MountPoint> mounts;
    /** The entrypoint in effect (the image's, or {@code --entrypoint}'s), to split path and args back into Config. */
    List<String> imageEntrypoint = List.of();

    String name;
    String status = "created";
    int pid;
    int exitCode;
    String error = "";
    Instant startedAt;
    Instant finishedAt;
    int restartCount;
    /** Stopped by the learner ({@code docker stop}/{@code kill}): unless-stopped containers stay down after a daemon restart. */
    boolean stoppedByUser;
    /** Exits observed under an on-failure policy, counted against its maximum. */
    int failureRestarts;
    List<PortBinding> ports = new ArrayList<>();
    Map<String, String> networkIps = new LinkedHashMap<>();
    /** The addresses asked for by network ({@code network connect --ip}): the endpoint's {@code IPAMConfig}. */
    Map<String, String> requestedIps = new LinkedHashMap<>();
    List<LogEntry> logs = new ArrayList<>();
    Program program;
    io.dockertutor.engine.sim.fs.ContainerFiles files;
    /** The image's files, kept with the container: a forced {@code rmi} removes the image but not what it stands on. */
    java.util.Map<String, io.dockertutor.engine.sim.catalog.FileSpec> imageFiles = java.util.Map.of();
    /** The image's layer keys, for the same reason: they are released when the last container on them goes. */
    List<String> imageLayers = List.of();
    /** Its processes since it last started, for ps and /proc; made by {@link ContainerExec} when first needed. */
    io.dockertutor.engine.sim.fs.ProcessTable processes;

    SimContainer(String id, Instant created, String imageId, String imageName, ContainerSpec spec, String path,
                 List<String> args, List<String> env, String workingDir, String user, String hostname,
                 List<String> exposedPorts, Map<String, String> labels, String stopSignal, int stopTimeout,
                 List<MountPoint> mounts) {
        this.id = id;
        this.created = created;
        this.imageId = imageId;
        this.imageName = imageName;
        this.spec = spec;
        this.path = path;
        this.args = List.copyOf(args);
        this.env = List.copyOf(env);
        this.workingDir = workingDir;
        this.user = user;
        this.hostname = hostname;
        this.exposedPorts = List.copyOf(exposedPorts);
        this.labels = Map.copyOf(labels);
        this.stopSignal = stopSignal;
        this.stopTimeout = stopTimeout;
        this.mounts = List.copyOf(mounts);
    }

    String shortId() {
        return id.substring(0, 12);
    }

    boolean running() {
        return status.equals("running") || status.equals("paused") || status.equals("restarting");
    }

    boolean isRunningProcess() {
        return status.equals("running") || status.equals("paused");
    }

    SimContainer copy() {
        SimContainer c = new SimContainer(id, created, imageId, imageName, spec, path, args, env, workingDir, user,
                hostname, exposedPorts, labels, stopSignal, stopTimeout, mounts);
        c.name = name;
        c.imageEntrypoint = imageEntrypoint;
        c.status = status;
        c.pid = pid;
        c.exitCode = exitCode;
        c.error = error;
        c.startedAt = startedAt;
        c.finishedAt = finishedAt;
        c.restartCount = restartCount;
        c.stoppedByUser = stoppedByUser;
        c.failureRestarts = failureRestarts;
        c.ports = new ArrayList<>(ports);
        c.networkIps = new LinkedHashMap<>(networkIps);
        c.requestedIps = new LinkedHashMap<>(requestedIps);
        c.logs = new ArrayList<>(logs);
        c.program = program == null ? null : program.copy();
        c.files = files;
        c.imageFiles = imageFiles;
        c.imageLayers = imageLayers;
        c.resources = resources;
        c.processes = processes;
        return c;
    }
}
