package io.dockertutor.engine.docker;

import static io.dockertutor.engine.docker.RealImages.and;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Frame;
import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.LogOptions;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.TopResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** Container lifecycle and queries of the real engine. */
final class RealContainers {
    private final DockerClient client;
    private final ApiJson api;
    private final DaemonErrors errors;
    private final SessionOwnership ownership;
    private final RealVolumesNetworks volumes;
    private final DockerEndpoint endpoint;
    private volatile List<String> lastWarnings = List.of();

    RealContainers(DockerClient client, ApiJson api, DaemonErrors errors, SessionOwnership ownership, RealVolumesNetworks volumes,
                   DockerEndpoint endpoint) {
        this.endpoint = endpoint;
        this.volumes = volumes;
        this.client = client;
        this.api = api;
        this.errors = errors;
        this.ownership = ownership;
    }

    /**
     * Creates the container; a named volume it mounts that does not exist yet is created first with the session's
     * label (as {@code docker run -v NAME:/path} would create it, unlabelled), and the anonymous volumes the daemon
     * makes for it are remembered as the session's, so that both are the session's to remove and prune.
     */
    String create(ContainerSpec spec) {
        LessonScope scope = ownership.scope();
        java.util.Map<String, String> daemonNames = new java.util.HashMap<>();
        List<String> made = new ArrayList<>();
        for (String name : ContainerCreateRequest.namedVolumes(spec)) {
            String daemon = scope.volume(name, ownership::foreignVolume);
            daemonNames.put(name, daemon);
            if (!volumeExists(daemon)) {
                volumes.createVolume(daemon, "local", java.util.Map.of(), java.util.Map.of());
                made.add(daemon);
            }
        }
        String query = spec.name() == null ? "" : "?name=" + ApiJson.encodeQuery(spec.name());
        JsonNode r;
        try {
            r = errors.call(() -> api.send("POST", "/containers/create" + query,
                    ContainerCreateRequest.body(spec, ownership.label(spec.labels()), n -> daemonNames.getOrDefault(n, n))));
        } catch (EngineException e) {
            // The daemon would not have made them either (no such image, a name in use).
            made.forEach(v -> volumes.removeVolume(v, false));
            throw scope.shown(e);
        }
        lastWarnings = ApiJson.strings(r.path("Warnings"));
        String id = ApiJson.text(r, "Id");
        List<String> anonymous = new ArrayList<>();
        for (JsonNode m : errors.call(() -> api.get("/containers/" + id + "/json")).path("Mounts")) {
            if ("volume".equals(ApiJson.text(m, "Type")) && !daemonNames.containsValue(ApiJson.text(m, "Name"))) {
                anonymous.add(ApiJson.text(m, "Name"));
            }
        }
        scope.anonymousVolumes(anonymous);
        return id;
    }

    private boolean volumeExists(String name) {
        try {
            errors.call(() -> api.get("/volumes/" + ApiJson.encode(name)));
            return true;
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    List<String> lastWarnings() {
        return lastWarnings;
    }

    /** Starting a running container is no error for docker (the daemon answers 304), nor stopping a stopped one. */
    void start(String name) {
        unlessNotModified(() -> client.startContainerCmd(name).exec());
    }

    void stop(String name, Integer timeout, String signal) {
        unlessNotModified(() -> api.send("POST", "/containers/" + ApiJson.encode(name) + "/stop" + stopQuery(timeout, signal), null));
    }

    void restart(String name, Integer timeout, String signal) {
        errors.run(() -> api.send("POST", "/containers/" + ApiJson.encode(name) + "/restart" + stopQuery(timeout, signal), null));
    }

    private static String stopQuery(Integer timeout, String signal) {
        List<String> q = new ArrayList<>();
        if (timeout != null) {
            q.add("t=" + timeout);
        }
        if (signal != null && !signal.isEmpty()) {
            q.add("signal=" + ApiJson.encodeQuery(signal));
        }
        return q.isEmpty() ? "" : "?" + String.join("&", q);
    }

    void kill(String name, String signal) {
        String q = signal == null || signal.isEmpty() ? "" : "?signal=" + ApiJson.encodeQuery(signal);
        errors.run(() -> api.send("POST", "/containers/" + ApiJson.encode(name) + "/kill" + q, null));
    }

    void pause(String name) {
        errors.run(() -> client.pauseContainerCmd(name).exec());
    }

    void unpause(String name) {
        errors.run(() -> client.unpauseContainerCmd(name).exec());
    }

    OptionalInt await(String name) {
        return OptionalInt.of(errors.call(() -> client.waitContainerCmd(name).exec(new WaitContainerResultCallback()).awaitStatusCode()));
    }

    /** Attaches before starting, as {@code docker run} does, so no early output is lost; then waits for the exit. */
    OptionalInt runAttached(String id, Consumer<LogEntry> output) {
        FrameLines lines = new FrameLines(output, false);
        java.util.concurrent.atomic.AtomicLong lastOutput = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        ResultCallback.Adapter<Frame> attach = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                lastOutput.set(System.nanoTime());
                lines.frame(frame);
            }
        };
        return new RealAttach(client, errors).follow(id, true, null, attach, lines::finish, lastOutput::get);
    }

    /** {@code docker run -i}, {@code start -ai}, {@code attach}: the streams as they are, standard input included. */
    OptionalInt attach(String id, boolean start, java.io.InputStream in, java.io.OutputStream out, java.io.OutputStream err) {
        ResultCallback.Adapter<Frame> copy = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                try {
                    var to = frame.getStreamType() == com.github.dockerjava.api.model.StreamType.STDERR ? err : out;
                    to.write(frame.getPayload());
                    to.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        if (HijackedAttach.supports(endpoint)) {
            return new RealAttach(client, errors).followHijacked(endpoint, id, start, in, out, err);
        }
        return new RealAttach(client, errors).follow(id, start, in, copy, () -> { });
    }

    void remove(String name, boolean force, boolean volumes) {
        errors.run(() -> api.send("DELETE", "/containers/" + ApiJson.encode(name) + "?force=" + force + "&v=" + volumes, null));
    }

    void rename(String name, String newName) {
        errors.run(() -> api.send("POST", "/containers/" + ApiJson.encode(name) + "/rename?name=" + ApiJson.encodeQuery(newName), null));
    }

    /** {@code POST /containers/{id}/update}: the CLI sends every limit (0 keeps the container's) and the policy. */
    List<String> update(String name, io.dockertutor.engine.ContainerUpdate update) {
        io.dockertutor.engine.Resources r = update.resources();
        var body = ApiJson.object();
        body.put("BlkioWeight", r.blkioWeight()).put("CpuShares", r.cpuShares()).put("Memory", r.memory())
                .put("NanoCpus", r.nanoCpus()).put("CpuPeriod", r.cpuPeriod()).put("CpuQuota", r.cpuQuota())
                .put("CpusetCpus", r.cpusetCpus()).put("CpusetMems", r.cpusetMems())
                .put("MemoryReservation", r.memoryReservation()).put("MemorySwap", r.memorySwap());
        if (r.pidsLimit() != null) {
            body.put("PidsLimit", r.pidsLimit());
        }
        var policy = body.putObject("RestartPolicy");
        if (update.restartPolicy() != null) {
            policy.put("Name", update.restartPolicy().name()).put("MaximumRetryCount", update.restartPolicy().maximumRetryCount());
        }
        return ApiJson.strings(errors.call(() -> api.send("POST", "/containers/" + ApiJson.encode(name) + "/update", body)).path("Warnings"));
    }

    List<LogEntry> logs(String name, LogOptions options) {
        List<LogEntry> out = new ArrayList<>();
        FrameLines lines = new FrameLines(out::add, true);
        var cmd = client.logContainerCmd(name).withStdOut(true).withStdErr(true).withTimestamps(true).withFollowStream(false);
        if (options.tail() >= 0) {
            cmd.withTail(options.tail());
        }
        if (options.since() != null) {
            cmd.withSince((int) options.since().getEpochSecond());
        }
        if (options.until() != null) {
            cmd.withUntil((int) options.until().getEpochSecond());
        }
        errors.run(() -> {
            try {
                cmd.exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        lines.frame(frame);
                    }
                }).awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        lines.finish();
        return out;
    }

    /** In lesson mode only the session's containers, and {@code limit} counts only those (see {@link LessonScope}). */
    List<ContainerSummary> list(boolean all, int limit, boolean size, Filters filters) {
        LessonScope scope = ownership.scope();
        int daemonLimit = scope.on() ? -1 : limit;
        // A limit (ps -l, -n) lists stopped containers too (moby's daemon/list.go); asked without one, say so with all.
        boolean daemonAll = all || (scope.on() && limit > 0);
        String query = "all=" + (daemonAll ? 1 : 0) + (daemonLimit >= 0 ? "&limit=" + daemonLimit : "") + "&size=" + (size ? 1 : 0)
                + and(ApiJson.filters(scope.filters(filters, "volume")));
        List<JsonNode> found = new ArrayList<>();
        errors.call(() -> api.get("/containers/json?" + query)).forEach(found::add);
        List<JsonNode> kept = scope.keep(found, scope::mine);
        List<ContainerSummary> out = new ArrayList<>();
        for (JsonNode c : kept.subList(0, limit >= 0 ? Math.min(limit, kept.size()) : kept.size())) {
            out.add(ContainerRecords.summary(scope.shown(c)));
        }
        return out;
    }

    ContainerDetails inspect(String name, boolean size) {
        JsonNode c = errors.call(() -> api.get("/containers/" + ApiJson.encode(name) + "/json?size=" + (size ? 1 : 0)));
        return ContainerRecords.details(ownership.scope().shown(c));
    }

    TopResult top(String name, String psArgs) {
        String q = psArgs == null || psArgs.isEmpty() ? "" : "?ps_args=" + ApiJson.encodeQuery(psArgs);
        JsonNode r = errors.call(() -> api.get("/containers/" + ApiJson.encode(name) + "/top" + q));
        List<List<String>> processes = new ArrayList<>();
        r.path("Processes").forEach(p -> processes.add(ApiJson.strings(p)));
        return new TopResult(ApiJson.strings(r.path("Titles")), processes);
    }

    /** In lesson mode only the session's stopped containers go. */
    Pruned prune(Filters filters) {
        String q = ApiJson.filters(ownership.scope().onlyMine(filters));
        JsonNode r = errors.call(() -> api.send("POST", "/containers/prune" + (q.isEmpty() ? "" : "?" + q), null));
        return new Pruned(ApiJson.strings(r.path("ContainersDeleted")), r.path("SpaceReclaimed").asLong());
    }

    /**
     * {@code GET /containers/{id}/changes}: Kind 0 modified, 1 added, 2 deleted; in the order of a walk of the
     * file system (each directory's entries by name, a directory before what is in it), as a daemon with native
     * overlay diffs answers and the docker CLI prints: Engine 20.10's naive diff answers in Go's random map order.
     */
    List<FileChange> diff(String name) {
        List<FileChange> out = new ArrayList<>();
        for (JsonNode c : errors.call(() -> api.get("/containers/" + ApiJson.encode(name) + "/changes"))) {
            out.add(new FileChange("CAD".charAt(c.path("Kind").asInt()), ApiJson.text(c, "Path")));
        }
        out.sort((a, b) -> walkOrder(a.path(), b.path()));
        return out;
    }

    /** Paths compared component by component: {@code /tmp/dir/a} before {@code /tmp/dir.txt}. */
    static int walkOrder(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private void unlessNotModified(Runnable call) {
        try {
            call.run();
        } catch (com.github.dockerjava.api.exception.DockerException e) {
            if (!(e instanceof NotModifiedException) && e.getHttpStatus() != 304) {
                throw errors.map(e);
            }
        } catch (RuntimeException e) {
            throw errors.map(e);
        }
    }
}
