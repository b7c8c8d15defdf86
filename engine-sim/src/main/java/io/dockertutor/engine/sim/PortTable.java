package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.PortBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Host ports held by running containers. A port published without an address is bound on {@code 0.0.0.0} and
 * {@code ::}, as current engines do; a second container asking for a taken port fails to start with Docker's
 * {@code port is already allocated}. Ports given as 0 (or by {@code -P}) come from the ephemeral range.
 */
final class PortTable {
    private static final int EPHEMERAL_START = 32768;

    private final Map<String, SimContainer> owners;

    PortTable() {
        this(new HashMap<>());
    }

    private PortTable(Map<String, SimContainer> owners) {
        this.owners = owners;
    }

    /** A copy holding the same bindings, for the containers of a copied store. */
    PortTable copy(ContainerStore containers) {
        Map<String, SimContainer> copy = new HashMap<>();
        owners.forEach((k, v) -> containers.find(v.id).ifPresent(c -> copy.put(k, c)));
        return new PortTable(copy);
    }

    private static String key(String proto, int port) {
        return proto + "/" + port;
    }

    /** Binds every published port of {@code c}; on a conflict nothing stays bound. */
    List<PortBinding> bind(SimContainer c) {
        List<PortBinding> requested = new ArrayList<>(c.spec.portBindings());
        if (c.spec.publishAll()) {
            for (String exposed : c.exposedPorts) {
                int slash = exposed.indexOf('/');
                int port = Integer.parseInt(slash < 0 ? exposed : exposed.substring(0, slash));
                String proto = slash < 0 ? "tcp" : exposed.substring(slash + 1);
                if (requested.stream().noneMatch(p -> p.containerPort() == port && p.protocol().equals(proto))) {
                    requested.add(new PortBinding(port, proto, "", 0));
                }
            }
        }
        List<PortBinding> bound = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (PortBinding p : requested) {
            int hostPort = p.hostPort() > 0 ? p.hostPort() : freePort(p.protocol());
            String key = key(p.protocol(), hostPort);
            SimContainer owner = owners.get(key);
            if (owner != null && owner != c) {
                taken.forEach(owners::remove);
                String ip = p.hostIp().isEmpty() ? "0.0.0.0" : p.hostIp();
                throw EngineException.serverError("driver failed programming external connectivity on endpoint " + c.name
                        + " (" + EngineIds.sha256("endpoint" + c.id).substring(7) + "): Bind for " + ip + ":" + hostPort
                        + " failed: port is already allocated");
            }
            owners.put(key, c);
            taken.add(key);
            if (p.hostIp().isEmpty()) {
                bound.add(new PortBinding(p.containerPort(), p.protocol(), "0.0.0.0", hostPort));
                bound.add(new PortBinding(p.containerPort(), p.protocol(), "::", hostPort));
            } else {
                bound.add(new PortBinding(p.containerPort(), p.protocol(), p.hostIp(), hostPort));
            }
        }
        return bound;
    }

    private int freePort(String proto) {
        int port = EPHEMERAL_START;
        while (owners.containsKey(key(proto, port))) {
            port++;
        }
        return port;
    }

    void release(SimContainer c) {
        owners.values().removeIf(owner -> owner == c);
    }

    /** The container whose binding covers {@code host:port}, as a connection to it would reach. */
    Optional<SimContainer> owner(String proto, int port) {
        return Optional.ofNullable(owners.get(key(proto, port)));
    }
}
