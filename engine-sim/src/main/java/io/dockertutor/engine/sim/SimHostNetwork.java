package io.dockertutor.engine.sim;

import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.sim.process.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulated host's network: a connection to the host (127.0.0.1, localhost) reaches a container only through
 * a published port, and a container address (172.17.0.2) reaches it directly. A published port whose program
 * does not listen there resets the connection, as docker-proxy does; anything else is refused.
 */
final class SimHostNetwork implements HostNetwork {
    private final SimContext ctx;

    SimHostNetwork(SimContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws ConnectionFailure {
        SimState s = ctx.state();
        String host = request.host().toLowerCase(java.util.Locale.ROOT);
        SimContainer target = null;
        int containerPort = request.port();
        if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("0.0.0.0") || host.equals("::1")
                || host.equals("[::1]") || host.startsWith("127.")) {
            Optional<SimContainer> owner = s.ports.owner("tcp", request.port());
            if (owner.isPresent()) {
                target = owner.get();
                containerPort = target.ports.stream().filter(p -> p.hostPort() == request.port()).findFirst()
                        .map(p -> p.containerPort()).orElse(request.port());
            }
        } else {
            for (SimContainer c : s.containers.all()) {
                if (c.isRunningProcess() && c.networkIps.containsValue(host)) {
                    target = c;
                }
            }
            if (target == null && !host.matches("[0-9.]+")) {
                throw new ConnectionFailure(ConnectionFailure.Reason.UNRESOLVED, "Could not resolve host: " + request.host());
            }
        }
        if (target == null) {
            throw new ConnectionFailure(ConnectionFailure.Reason.REFUSED,
                    "Failed to connect to " + request.host() + " port " + request.port());
        }
        return ask(ctx, target, containerPort, request, "172.17.0.1",
                new ConnectionFailure(ConnectionFailure.Reason.RESET, "Recv failure: Connection reset by peer"));
    }

    /**
     * Hands {@code request} to {@code target}'s program on {@code port}, coming from {@code from}, and logs what the
     * program logged; a paused container never answers, a port nobody serves fails with {@code unserved}.
     */
    static HttpResponse ask(SimContext ctx, SimContainer target, int port, HttpRequest request, String from,
                            ConnectionFailure unserved) throws ConnectionFailure {
        if (target.status.equals("paused")) {
            throw new ConnectionFailure(ConnectionFailure.Reason.TIMEOUT, "Operation timed out");
        }
        List<Program.Line> log = new ArrayList<>();
        Optional<HttpResponse> answer = target.program == null ? Optional.empty()
                : target.program.http(port, request, from, ctx.context(target), log);
        ctx.runtime().log(target, log, ctx.now());
        return answer.orElseThrow(() -> unserved);
    }
}
