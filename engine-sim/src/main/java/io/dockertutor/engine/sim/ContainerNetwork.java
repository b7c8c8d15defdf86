package io.dockertutor.engine.sim;

import io.dockertutor.engine.HostNetwork;
import java.util.Optional;

/**
 * The network as a program inside a container sees it: names resolve through {@link EmbeddedDns}; the loopback is
 * the container itself; another container's address reaches it when both share a network. There is no
 * docker-proxy in between, so a port nobody listens on refuses the connection; a paused container never answers.
 */
final class ContainerNetwork implements HostNetwork {
    private final SimContext ctx;
    private final SimContainer self;

    ContainerNetwork(SimContext ctx, SimContainer self) {
        this.ctx = ctx;
        this.self = self;
    }

    @Override
    public Optional<String> resolve(String host) {
        return EmbeddedDns.resolve(ctx.state(), self, host);
    }

    @Override
    public HttpResponse send(HttpRequest request) throws ConnectionFailure {
        String ip = resolve(request.host()).orElseThrow(() -> new ConnectionFailure(ConnectionFailure.Reason.UNRESOLVED,
                "Could not resolve host: " + request.host()));
        SimContainer target = null;
        String from = "127.0.0.1";
        if (ip.startsWith("127.")) {
            target = self;
        } else {
            for (SimContainer other : ctx.state().containers.all()) {
                for (var net : other.networkIps.entrySet()) {
                    String mine = self.networkIps.get(net.getKey());
                    if (net.getValue().equals(ip) && mine != null && !mine.isEmpty() && other.isRunningProcess()) {
                        target = other;
                        from = mine;
                    }
                }
            }
        }
        if (target == null || !target.isRunningProcess()) {
            throw new ConnectionFailure(ConnectionFailure.Reason.REFUSED,
                    "Failed to connect to " + request.host() + " port " + request.port());
        }
        return SimHostNetwork.ask(ctx, target, request.port(), request, from, new ConnectionFailure(
                ConnectionFailure.Reason.REFUSED, "Failed to connect to " + request.host() + " port " + request.port()));
    }
}
