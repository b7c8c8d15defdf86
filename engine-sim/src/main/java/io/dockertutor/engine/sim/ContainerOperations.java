package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerStats;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.LogOptions;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.TopResult;
import io.dockertutor.engine.sim.fs.ArchivePath;
import io.dockertutor.engine.sim.fs.RecentLayers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The container calls of the engine API over the simulated state: lookups, the daemon's checks and messages. */
final class ContainerOperations {
    private static final DateTimeFormatter STIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final SimContext ctx;
    /** The engine's containers whose layers stay built between uses (two at most). */
    private final RecentLayers recentLayers = new RecentLayers();
    private List<String> lastWarnings = List.of();

    ContainerOperations(SimContext ctx) {
        this.ctx = ctx;
    }

    private SimState s() {
        return ctx.state();
    }

    String create(ContainerSpec spec) {
        SimState s = s();
        lastWarnings = List.of();
        ContainerCreator creator = new ContainerCreator(s.images, s.containers, s.networks, s.ids, s.volumes, ctx.hostPaths(),
                recentLayers);
        SimContainer c = creator.create(spec, ctx.now());
        lastWarnings = creator.warnings();
        // the daemon's volume service logs "create" for every volume a container mounts, made now or long before
        c.mounts.stream().filter(m -> m.type().equals("volume"))
                .forEach(m -> ctx.events().volume(m.name(), "create", java.util.Map.of("driver", "local")));
        ctx.events().container(c, "create");
        return c.id;
    }

    /** Changes a container's restart policy and limits; the daemon's warnings, and its "update" event. */
    List<String> update(String name, io.dockertutor.engine.ContainerUpdate update, int cpus) {
        List<String> warnings = ContainerUpdates.update(ctx.state(), name, update, cpus);
        ctx.events().container(ctx.state().containers.get(name), "update");
        return warnings;
    }

    /** The daemon's warnings with the last container created. */
    List<String> lastWarnings() {
        return lastWarnings;
    }

    void start(String name) {
        ctx.runtime().start(s().containers.get(name), ctx.now());
    }

    OptionalInt runAttached(String id, Consumer<LogEntry> output) {
        SimContainer c = s().containers.get(id);
        ctx.events().container(c, "attach");
        List<LogEntry> out = new ArrayList<>(ctx.runtime().start(c, ctx.now()));
        out.addAll(ctx.runtime().runToEnd(c, ctx.now()));
        out.forEach(output);
        if (c.status.equals("exited") || s().containers.find(c.id).isEmpty()) {
            return OptionalInt.of(c.exitCode);
        }
        return OptionalInt.empty();
    }

    void stop(String name, String signal) {
        ctx.runtime().stop(s().containers.get(name), signal, ctx.now());
    }

    void restart(String name, String signal) {
        SimContainer c = s().containers.get(name);
        ctx.runtime().stop(c, signal, ctx.now());
        if (s().containers.find(c.id).isPresent()) {
            try {
                ctx.runtime().start(c, ctx.now());
            } catch (EngineException e) {
                // daemon/restart.go wraps whatever the start refused, its kind lost (%v)
                throw EngineException.serverError("Cannot restart container " + name + ": " + e.getMessage());
            }
            ctx.events().container(c, "restart");
        }
    }

    /** The API router wraps every other kill error, the daemon's own included: {@code cannot kill container: NAME: ...}. */
    void kill(String name, String signal) {
        // The router parses the signal itself, before the daemon looks for the container: that error is not wrapped.
        if (signal != null && io.dockertutor.engine.sim.process.Signals.normalize(signal) == null) {
            throw EngineException.badRequest("Invalid signal: " + signal);
        }
        try {
            ctx.runtime().kill(s().containers.get(name), signal, ctx.now());
        } catch (EngineException e) {
            throw new EngineException(e.kind(), "cannot kill container: " + name + ": " + e.getMessage());
        }
    }

    void pause(String name) {
        ctx.runtime().pause(s().containers.get(name));
    }

    void unpause(String name) {
        ctx.runtime().unpause(s().containers.get(name));
    }

    OptionalInt await(String name) {
        ctx.runtime().runToEnd(s().containers.get(name), ctx.now());
        return ctx.runtime().exitCodeIfDone(s().containers.get(name));
    }

    void remove(String name, boolean force, boolean volumes) {
        SimContainer c = s().containers.get(name);
        if (c.running() && !force) {
            // moby's cleanupContainer: a paused container has its own refusal
            throw EngineException.conflict("cannot remove container \"/" + c.name + "\": container is "
                    + (c.status.equals("paused") ? "paused and must be unpaused first"
                    : c.status + ": stop the container before removing or force remove"));
        }
        if (c.isRunningProcess()) {
            ctx.runtime().exited(c, 137, ctx.now(), true, new ArrayList<>());
        }
        s().containers.remove(c);
        s().ports.release(c);
        ctx.removed(c, volumes);
    }

    void rename(String name, String newName) {
        SimContainer c = s().containers.get(name);
        String target = newName.startsWith("/") ? newName.substring(1) : newName;
        if (!target.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]+")) {
            throw EngineException.badRequest("Invalid container name (" + newName + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        }
        if (target.equals(c.name)) {
            throw EngineException.badRequest("Renaming a container with the same name as its current name");
        }
        s().containers.byName(target).ifPresent(other -> {
            throw EngineException.conflict("Conflict. The container name \"/" + target + "\" is already in use by container \""
                    + other.id + "\". You have to remove (or rename) that container to be able to reuse that name.");
        });
        String old = c.name;
        s().containers.rename(c, target);
        ctx.events().container(c, "rename", java.util.Map.of("oldName", "/" + old));
    }

    List<LogEntry> logs(String name, LogOptions options) {
        SimContainer c = s().containers.get(name);
        ctx.runtime().catchUp(c);
        List<LogEntry> out = new ArrayList<>();
        for (LogEntry e : c.logs) {
            if ((options.since() == null || !e.time().isBefore(options.since())) && (options.until() == null || e.time().isBefore(options.until()))) {
                out.add(e);
            }
        }
        if (options.tail() >= 0 && out.size() > options.tail()) {
            return out.subList(out.size() - options.tail(), out.size());
        }
        return out;
    }

    List<ContainerSummary> list(boolean all, int limit, boolean size, Filters filters) {
        SimState s = s();
        Predicate<SimContainer> filter = ContainerFilters.forList(filters, s.containers, s.images, s.networks);
        boolean stopped = all || ContainerFilters.listsStopped(filters);
        List<SimContainer> newestFirst = new ArrayList<>(s.containers.all());
        java.util.Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing((SimContainer c) -> c.created).reversed());
        List<ContainerSummary> out = new ArrayList<>();
        Instant now = ctx.now();
        for (SimContainer c : newestFirst) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            if ((stopped || limit > 0 || c.running()) && filter.test(c)) {
                out.add(ContainerViews.summary(c, now, size, imageSize(s, c)));
            }
        }
        return out;
    }

    ContainerDetails inspect(String name, boolean size) {
        Map<String, NetworkStore.Net> nets = new LinkedHashMap<>();
        s().networks.all().forEach(n -> nets.put(n.name, n));
        SimContainer c = s().containers.get(name);
        return ContainerViews.details(c, nets, size, imageSize(s(), c), LegacyLinks.of(c, s().containers).inspected());
    }

    private static long imageSize(SimState s, SimContainer c) {
        return s.images.byId(c.imageId).map(LocalImage::size).orElse(0L);
    }

    /**
     * {@code docker top NAME [ps OPTIONS]}: the daemon runs {@code ps} on the host with the given options ({@code -ef}
     * by default) and keeps the container's processes, which it finds by the PID column; without one it fails.
     */
    TopResult top(String name, String psArgs) {
        SimContainer c = s().containers.get(name);
        if (!c.isRunningProcess()) {
            throw EngineException.conflict("container " + c.id + " is not running");
        }
        List<String> columns = List.of("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD");
        String args = psArgs == null ? "" : psArgs.trim();
        java.util.regex.Matcher o = java.util.regex.Pattern.compile("(?:^|\\s)-o\\s*(\\S+)").matcher(args);
        if (o.find()) {
            columns = new ArrayList<>();
            for (String f : o.group(1).split(",")) {
                columns.add(switch (f) {
                    case "pid" -> "PID";
                    case "ppid" -> "PPID";
                    case "user", "uname" -> "USER";
                    case "uid" -> "UID";
                    case "comm", "ucomm" -> "COMMAND";
                    case "args", "cmd", "command" -> "COMMAND";
                    case "time" -> "TIME";
                    case "tty" -> "TT";
                    default -> f.toUpperCase(java.util.Locale.ROOT);
                });
            }
            if (!columns.contains("PID")) {
                throw EngineException.serverError("Couldn't find PID field in ps output");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int pid = c.pid;
        for (String cmd : c.program.processes()) {
            List<String> row = new ArrayList<>();
            for (String col : columns) {
                row.add(switch (col) {
                    case "UID", "USER" -> c.user.isEmpty() ? "root" : c.user;
                    case "PID" -> String.valueOf(pid);
                    case "PPID" -> rows.isEmpty() ? String.valueOf(c.pid - 1) : String.valueOf(c.pid);
                    case "C" -> "0";
                    case "STIME" -> STIME.format(c.startedAt);
                    case "TTY", "TT" -> "?";
                    case "TIME" -> "00:00:00";
                    case "COMMAND" -> o.group(1).contains("comm") ? cmd.split(" ")[0].replaceAll(".*/", "") : cmd;
                    default -> cmd;
                });
            }
            rows.add(row);
            pid += 60;
        }
        return new TopResult(columns, rows);
    }

    List<ContainerStats> stats(List<String> names, boolean all) {
        List<SimContainer> chosen = new ArrayList<>();
        if (names.isEmpty()) {
            s().containers.all().stream().filter(c -> all || c.running()).forEach(chosen::add);
        } else {
            names.forEach(n -> chosen.add(s().containers.get(n)));
        }
        List<ContainerStats> out = new ArrayList<>();
        for (SimContainer c : chosen) {
            boolean up = c.isRunningProcess();
            int procs = up ? c.program.processes().size() : 0;
            out.add(new ContainerStats(c.id, c.name, 0.0, up ? 2_560_000L + 3_100_000L * (procs - 1) : 0,
                    up ? 8L * 1024 * 1024 * 1024 : 0, up ? 1_226 : 0, 0, 0, 0, procs));
        }
        return out;
    }

    Pruned prune(Filters filters) {
        Predicate<SimContainer> filter = ContainerFilters.forPrune(filters, ctx.now());
        List<String> removed = new ArrayList<>();
        for (SimContainer c : List.copyOf(s().containers.all())) {
            if (!c.running() && filter.test(c)) {
                s().containers.remove(c);
                ctx.removed(c, false);
                removed.add(c.id);
            }
        }
        return new Pruned(removed, 0);
    }

    List<io.dockertutor.engine.FileChange> diff(String name) {
        return readingFiles(name, files -> files.diff());
    }

    io.dockertutor.engine.PathStat statPath(String name, String path) {
        return readingFiles(name, files -> ArchivePath.stat(files, name, path));
    }

    byte[] getArchive(String name, String path) {
        return readingFiles(name, files -> ArchivePath.archive(files, name, path));
    }

    void putArchive(String name, String path, byte[] tar) {
        withFiles(name, files -> {
            ArchivePath.extract(files, name, path, tar);
            return null;
        });
    }

    /** Serves a container's files; only their changes stay in memory afterwards. */
    private <T> T withFiles(String name, java.util.function.Function<io.dockertutor.engine.sim.fs.ContainerFiles, T> call) {
        io.dockertutor.engine.sim.fs.ContainerFiles files = s().containers.get(name).files;
        return files.using(() -> call.apply(files));
    }

    /** As {@link #withFiles}, for calls that only read: the next undo snapshot does not walk the layer for them. */
    private <T> T readingFiles(String name, java.util.function.Function<io.dockertutor.engine.sim.fs.ContainerFiles, T> call) {
        io.dockertutor.engine.sim.fs.ContainerFiles files = s().containers.get(name).files;
        return files.reading(() -> call.apply(files));
    }
}
