package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.RestartPolicy;
import io.dockertutor.engine.sim.process.Program;
import io.dockertutor.engine.sim.process.ProgramContext;
import io.dockertutor.engine.sim.process.Programs;
import io.dockertutor.engine.sim.process.Signals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The container state machine: start (ports, addresses, the program), signals, stop with its timeout, pause,
 * and what happens when a process ends (restart policies, {@code --rm}). Time does not pass in the simulator, so
 * a stop that a real daemon would wait out (a process ignoring SIGTERM) is reported at once with its outcome.
 */
final class ContainerRuntime {
    private final ContainerStore containers;
    private final NetworkStore networks;
    private final PortTable ports;
    private final Function<SimContainer, ProgramContext> contexts;
    private final Consumer<SimContainer> autoRemove;
    private final java.util.function.IntSupplier pids;
    private final EventLog events;

    ContainerRuntime(ContainerStore containers, NetworkStore networks, PortTable ports, java.util.function.IntSupplier pids,
                     Function<SimContainer, ProgramContext> contexts, Consumer<SimContainer> autoRemove, EventLog events) {
        this.pids = pids;
        this.events = events;
        this.containers = containers;
        this.networks = networks;
        this.ports = ports;
        this.contexts = contexts;
        this.autoRemove = autoRemove;
    }

    /**
     * {@code buildHostsFile}: the defaults, {@code --add-host}, the legacy links, the container's own addresses. With
     * {@code --network host} and no extra record the container gets the host's own file.
     */
    private void writeHostsFile(SimContainer c) {
        List<HostsFile.Record> extra = new ArrayList<>(HostsFile.extraHosts(c.spec.hostOptions().getOrDefault("add-host", List.of())));
        extra.addAll(LegacyLinks.of(c, containers).hostsRecords());
        if (!c.networkIps.containsKey("host") || !extra.isEmpty()) {
            c.files.replaceDaemonFile("/etc/hosts", HostsFile.of(c.hostname, extra, List.copyOf(c.networkIps.values())));
        }
    }

    /** Starts a created or exited container; answers the output its program printed on the way. */
    List<LogEntry> start(SimContainer c, Instant now) {
        if (c.status.equals("paused")) {
            throw EngineException.conflict("cannot start a paused container, try unpause instead");
        }
        if (c.status.equals("running") || c.status.equals("restarting")) {
            return List.of();
        }
        try {
            StartChecks.check(c, networks, containers);
        } catch (EngineException e) {
            // containerStart's deferred clean-up: the error and, unless one is set, exit code 128 stay in the state
            c.error = e.getMessage();
            c.exitCode = c.exitCode == 0 ? 128 : c.exitCode;
            if (c.spec.autoRemove()) {
                autoRemove.accept(c);
            }
            throw e;
        }
        String user = c.user == null ? "" : c.user.split(":", 2)[0];
        if (!user.isEmpty() && !user.matches("\\d+")) {
            String passwd = c.files.readText("/etc/passwd");
            if (passwd != null && passwd.lines().noneMatch(l -> l.startsWith(user + ":"))) {
                // the daemon looks the name up in the container's /etc/passwd while it builds the runtime spec
                startFailed(c);
                throw EngineException.badRequest("unable to find user " + user + ": no matching entries in passwd file");
            }
        }
        ProgramContext ctx = contexts.apply(c);
        Program program;
        try {
            program = Programs.select(fullCommand(c), c.workingDir, ctx);
        } catch (Programs.NotExecutable e) {
            c.exitCode = 127;
            c.error = "failed to create task for container: failed to create shim task: OCI runtime create failed: "
                    + "runc create failed: unable to start container process: error during container init: " + e.getMessage() + ": unknown";
            startFailed(c);
            throw EngineException.serverError(c.error);
        }
        ports.release(c);
        List<PortBinding> bound = ports.bind(c);
        c.ports = bound;
        for (String net : List.copyOf(c.networkIps.keySet())) {
            NetworkStore.Net n = networks.get(net);
            if (c.networkIps.get(net).isEmpty()) {
                events.network(n.id, n.name, n.driver, "connect", java.util.Map.of("container", c.id));
            }
            c.networkIps.put(net, n.allocate(c.id, c.requestedIps.getOrDefault(net, "")));
        }
        writeHostsFile(c);
        mountEvents(c, "mount");
        c.program = program;
        c.status = "running";
        c.error = "";
        c.pid = pids.getAsInt();
        c.startedAt = now;
        c.stoppedByUser = false;
        events.container(c, "start");
        Program.Started started = program.start(ctx);
        List<LogEntry> out = log(c, started.output(), now);
        if (started.exitCode().isPresent()) {
            exited(c, started.exitCode().getAsInt(), now, false, out);
        }
        return out;
    }

    /** A start that fails removes an {@code --rm} container at once, as the daemon's containerStart cleans up. */
    private void startFailed(SimContainer c) {
        if (c.spec.autoRemove()) {
            autoRemove.accept(c);
        }
    }

    private static List<String> fullCommand(SimContainer c) {
        List<String> argv = new ArrayList<>();
        argv.add(c.path);
        argv.addAll(c.args);
        return argv;
    }

    /**
     * {@code docker stop}: the stop signal, then SIGKILL after the timeout if the process is still there.
     * A restarting container just stops trying.
     */
    List<LogEntry> stop(SimContainer c, String signal, Instant now) {
        if (c.status.equals("restarting")) {
            c.status = "exited";
            c.stoppedByUser = true;
            releaseNetwork(c);
            return List.of();
        }
        if (!c.isRunningProcess()) {
            return List.of();
        }
        c.stoppedByUser = true;
        String sig = signal != null ? Signals.normalize(signal) : c.stopSignal.isEmpty() ? "SIGTERM" : Signals.normalize(c.stopSignal);
        Program.SignalOutcome outcome = c.program.signal(sig == null ? "SIGTERM" : sig, contexts.apply(c));
        killed(c, sig == null ? "SIGTERM" : sig);
        List<LogEntry> out = log(c, outcome.output(), now);
        if (outcome.exitCode().isEmpty()) {
            killed(c, "SIGKILL"); // the timeout ran out
        }
        int code = outcome.exitCode().orElse(137);
        exited(c, code, now, true, out);
        events.container(c, "stop");
        return out;
    }

    /** {@code docker kill -s SIGNAL}: the process may ignore it (then nothing changes) or end. */
    void kill(SimContainer c, String signal, Instant now) {
        // The daemon parses the signal before it looks at the container's state.
        String sig = Signals.normalize(signal == null ? "SIGKILL" : signal);
        if (sig == null) {
            throw EngineException.badRequest("Invalid signal: " + signal);
        }
        if (!c.isRunningProcess()) {
            throw EngineException.conflict("container " + c.id + " is not running");
        }
        Program.SignalOutcome outcome = c.program.signal(sig, contexts.apply(c));
        killed(c, sig);
        List<LogEntry> out = log(c, outcome.output(), now);
        if (outcome.exitCode().isPresent()) {
            c.stoppedByUser = true;
            exited(c, outcome.exitCode().getAsInt(), now, true, out);
        }
    }

    void pause(SimContainer c) {
        if (!c.isRunningProcess()) {
            throw EngineException.conflict("container " + c.id + " is not running");
        }
        if (c.status.equals("paused")) {
            throw EngineException.conflict("Container " + c.id + " is already paused");
        }
        c.status = "paused";
        events.container(c, "pause");
    }

    void unpause(SimContainer c) {
        if (!c.status.equals("paused")) {
            throw EngineException.conflict("Container " + c.id + " is not paused");
        }
        c.status = "running";
        events.container(c, "unpause");
    }

    private void killed(SimContainer c, String signal) {
        events.container(c, "kill", java.util.Map.of("signal", String.valueOf(Signals.number(signal))));
    }

    /** moby's volume {@code mount} and {@code unmount} events, one per named or anonymous volume the container has. */
    private void mountEvents(SimContainer c, String action) {
        for (io.dockertutor.engine.MountPoint m : c.mounts) {
            if (m.type().equals("volume")) {
                events.volume(m.name(), action, action.equals("mount")
                        ? java.util.Map.of("container", c.id, "destination", m.destination(), "driver", "local",
                        "propagation", "", "read/write", String.valueOf(m.rw()))
                        : java.util.Map.of("container", c.id, "driver", "local"));
            }
        }
    }

    /**
     * The process ended: record it, free its ports and addresses, then apply {@code --rm} or the restart policy.
     * Restarts happen at once; a container that would fail again at once is left {@code restarting}.
     */
    void exited(SimContainer c, int code, Instant now, boolean byUser, List<LogEntry> out) {
        c.exitCode = code;
        events.container(c, "die", java.util.Map.of("exitCode", String.valueOf(code)));
        c.finishedAt = now;
        c.status = "exited";
        c.pid = 0;
        c.program = null;
        if (c.files != null) {
            c.files.processEnded(); // a stopped container keeps only what it changed, and no tmpfs
        }
        if (byUser || !restartsOnExit(c, code)) {
            releaseNetwork(c);
        }
        if (byUser) {
            if (c.spec.autoRemove()) {
                autoRemove.accept(c);
            }
            return;
        }
        RestartPolicy policy = c.spec.restartPolicy();
        if (!restartsOnExit(c, code)) {
            if (c.spec.autoRemove()) {
                autoRemove.accept(c);
            }
            return;
        }
        c.restartCount++;
        if (policy.name().equals("on-failure")) {
            c.failureRestarts++;
        }
        boolean oneShot = c.startedAt.equals(now);
        if (oneShot && (policy.name().equals("on-failure") && policy.maximumRetryCount() > 0)) {
            // A bounded retry count runs out while no time passes: try again until it does.
            out.addAll(start(c, now));
            return;
        }
        if (oneShot) {
            // It would fail again at once: Docker keeps it "Restarting", backing off between attempts.
            c.status = "restarting";
            return;
        }
        out.addAll(start(c, now));
    }

    private static boolean restartsOnExit(SimContainer c, int code) {
        RestartPolicy p = c.spec.restartPolicy();
        return switch (p.name()) {
            case "always", "unless-stopped" -> true;
            case "on-failure" -> code != 0 && (p.maximumRetryCount() == 0 || c.failureRestarts < p.maximumRetryCount());
            default -> false;
        };
    }

    /** Gives back the container's host ports and addresses; a restarting container keeps them between attempts. */
    void releaseNetwork(SimContainer c) {
        ports.release(c);
        c.ports = new ArrayList<>();
        for (String net : List.copyOf(c.networkIps.keySet())) {
            networks.find(net).ifPresent(n -> {
                if (n.ipByContainer.remove(c.id) != null) {
                    events.network(n.id, n.name, n.driver, "disconnect", java.util.Map.of("container", c.id));
                }
            });
            c.networkIps.put(net, "");
        }
        mountEvents(c, "unmount");
    }

    List<LogEntry> log(SimContainer c, List<Program.Line> lines, Instant now) {
        List<LogEntry> out = new ArrayList<>();
        for (Program.Line l : lines) {
            LogEntry e = new LogEntry(now, l.stderr(), l.text());
            c.logs.add(e);
            out.add(e);
        }
        return out;
    }

    /** Adds to the logs what a running program printed since it was last asked (a loop that logs every second). */
    void catchUp(SimContainer c) {
        if (c.program != null && c.status.equals("running")) {
            for (Program.TimedLine t : c.program.advance(contexts.apply(c))) {
                c.logs.add(new LogEntry(t.at(), t.line().stderr(), t.line().text()));
            }
        }
    }

    /** Lets pass the time a program whose end is known still has ahead ({@link Program#runToEnd}); its output. */
    List<LogEntry> runToEnd(SimContainer c, Instant now) {
        if (c.program == null || !c.status.equals("running")) {
            return List.of();
        }
        java.util.Optional<Program.Started> end = c.program.runToEnd(contexts.apply(c));
        if (end.isEmpty()) {
            return List.of();
        }
        List<LogEntry> out = log(c, end.get().output(), now);
        exited(c, end.get().exitCode().orElse(0), now, false, out);
        return out;
    }

    /** The exit code, when the container is not running; empty while it runs. */
    OptionalInt exitCodeIfDone(SimContainer c) {
        return c.running() ? OptionalInt.empty() : OptionalInt.of(c.exitCode);
    }
}
