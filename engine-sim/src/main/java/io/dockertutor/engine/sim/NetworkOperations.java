package io.dockertutor.engine.sim;

import io.dockertutor.engine.EndpointSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.Pruned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The network calls of the engine API over the simulated state: create, list with its filters, connect, remove, prune. */
final class NetworkOperations {
    private final Supplier<SimState> state;
    private final Supplier<Instant> clock;
    private final EventLog events;

    NetworkOperations(Supplier<SimState> state, Supplier<Instant> clock, EventLog events) {
        this.state = state;
        this.clock = clock;
        this.events = events;
    }

    private void log(NetworkStore.Net n, String action, Map<String, String> attributes) {
        events.network(n.id, n.name, n.driver, action, attributes);
    }

    private NetworkStore networks() {
        return state.get().networks;
    }

    String create(NetworkSpec spec) {
        NetworkStore.Net n = networks().create(spec, state.get().ids, clock.get());
        log(n, "create", Map.of());
        return n.id;
    }

    List<NetworkInfo> list(Filters filters) {
        Predicate<NetworkInfo> filter = NetworkFilters.forList(filters);
        Map<String, SimContainer> containers = containersById();
        List<NetworkInfo> out = new ArrayList<>();
        for (NetworkStore.Net n : networks().all()) {
            NetworkInfo info = networks().info(n, containers);
            if (filter.test(info)) {
                out.add(info);
            }
        }
        return out;
    }

    NetworkInfo inspect(String name) {
        return networks().info(networks().get(name), containersById());
    }

    private Map<String, SimContainer> containersById() {
        Map<String, SimContainer> m = new HashMap<>();
        state.get().containers.all().forEach(c -> m.put(c.id, c));
        return m;
    }

    void remove(String name) {
        NetworkStore.Net n = networks().get(name);
        if (n.predefined()) {
            throw EngineException.forbidden(n.name + " is a pre-defined network and cannot be removed");
        }
        List<SimContainer> users = endpoints(n);
        if (!users.isEmpty()) {
            SimContainer first = users.get(0);
            throw EngineException.forbidden("error while removing network: network " + n.name + " has active endpoints (name:\""
                    + first.name + "\" id:\"" + EngineIds.sha256(n.id + first.id).substring(7, 19) + "\")");
        }
        networks().remove(n);
        log(n, "destroy", Map.of());
    }

    /** The containers with an endpoint on {@code n}: connected and running (paused and restarting ones included). */
    private List<SimContainer> endpoints(NetworkStore.Net n) {
        return state.get().containers.all().stream().filter(c -> c.running() && c.networkIps.containsKey(n.name)).toList();
    }

    /**
     * moby's {@code ConnectToNetwork}: a container that is not running only has the request recorded (its endpoint is
     * made when it starts), under the network's name, or under the name given when no such network exists yet.
     */
    void connect(String network, String container, EndpointSpec endpoint) {
        SimContainer c = state.get().containers.get(container);
        if (!c.isRunningProcess()) {
            Optional<NetworkStore.Net> found = networks().find(network);
            found.ifPresent(n -> EndpointChecks.check(n, endpoint));
            String name = found.map(n -> n.name).orElse(network);
            c.networkIps.put(name, "");
            request(c, name, endpoint);
            return;
        }
        NetworkStore.Net n = networks().get(network);
        if (c.networkIps.containsKey(n.name)) {
            throw EngineException.forbidden("endpoint with name " + c.name + " already exists in network " + n.name);
        }
        EndpointChecks.check(n, endpoint);
        String ip = n.allocate(c.id, endpoint.ipv4Address());
        c.networkIps.put(n.name, ip);
        request(c, n.name, endpoint);
        log(n, "connect", Map.of("container", c.id));
    }

    /** Keeps the address asked for, which the endpoint gets again at each start. */
    private static void request(SimContainer c, String network, EndpointSpec endpoint) {
        if (endpoint.ipv4Address().isEmpty()) {
            c.requestedIps.remove(network);
        } else {
            c.requestedIps.put(network, endpoint.ipv4Address());
        }
    }

    /**
     * moby's {@code DisconnectContainerFromNetwork}: a container that is gone only lets {@code -f} delete an endpoint of
     * that name; one that is not running (or, with {@code -f}, a network that is gone) only drops the recorded request.
     */
    void disconnect(String network, String container, boolean force) {
        Optional<SimContainer> found = state.get().containers.find(container);
        Optional<NetworkStore.Net> net = networks().find(network);
        if (found.isEmpty()) {
            if (!force) {
                state.get().containers.get(container);
            }
            networks().get(network);
            throw EngineException.notFound("endpoint " + container + " not found");
        }
        SimContainer c = found.get();
        if (!c.isRunningProcess() || net.isEmpty() && force) {
            String name = net.map(n -> n.name).orElse(network);
            if (c.networkIps.remove(name) == null) {
                throw EngineException.forbidden("container " + c.id + " is not connected to the network " + name);
            }
            c.requestedIps.remove(name);
            return;
        }
        NetworkStore.Net n = networks().get(network);
        if (!c.networkIps.containsKey(n.name)) {
            if (force) {
                throw EngineException.notFound("endpoint " + c.name + " not found");
            }
            throw EngineException.forbidden("container " + c.id + " is not connected to network " + n.name);
        }
        c.networkIps.remove(n.name);
        c.requestedIps.remove(n.name);
        n.ipByContainer.remove(c.id);
        log(n, "disconnect", Map.of("container", c.id));
    }

    /**
     * Networks without endpoints, but never the predefined three, that match the filters (moby's localNetworkPrune):
     * a stopped container connected to a network has no endpoint on it, so it keeps the network no more than it
     * stops {@code docker network rm}.
     */
    Pruned prune(Filters filters) {
        Predicate<NetworkStore.Net> filter = NetworkFilters.forPrune(filters, clock.get());
        List<String> removed = new ArrayList<>();
        for (NetworkStore.Net n : List.copyOf(networks().all())) {
            if (!n.predefined() && endpoints(n).isEmpty() && filter.test(n)) {
                networks().remove(n);
                log(n, "destroy", Map.of());
                removed.add(n.name);
            }
        }
        return new Pruned(removed, 0);
    }
}
