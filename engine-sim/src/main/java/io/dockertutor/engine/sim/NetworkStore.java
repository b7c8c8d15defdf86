package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.NetworkSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated engine's networks: the three every daemon has ({@code bridge} on 172.17.0.0/16, {@code host},
 * {@code none}) and the learner's own bridges on 172.18.0.0/16, 172.19.0.0/16, ... Addresses are handed out in
 * order from .2, as Docker's IPAM does.
 */
final class NetworkStore {
    /** One network and the addresses it gave out. */
    static final class Net {
        final String id;
        final String name;
        final String driver;
        final Instant created;
        final String subnet;
        final String gateway;
        final boolean internal;
        final boolean attachable;
        final Map<String, String> labels;
        /**
         * Whether the subnet is static in IPAM's sense ({@code IpamConf.IsStatic}): given by the user, or the default
         * bridge's, which the daemon takes from docker0. Only there may an endpoint ask for its own address.
         */
        final boolean configuredSubnet;
        /**
         * Whether {@code IPAM.Config} names the gateway: it does for an allocated subnet (IPAM's own choice) and the
         * default bridge's, not for a user's {@code --subnet} without {@code --gateway} (moby's buildIPAMResources
         * shows the request as made; the gateway the daemon took is still every endpoint's).
         */
        boolean gatewayInConfig = true;
        final Map<String, String> ipByContainer = new LinkedHashMap<>();

        Net(String id, String name, String driver, Instant created, String subnet, String gateway, boolean internal,
            boolean attachable, Map<String, String> labels, boolean configuredSubnet) {
            this.configuredSubnet = configuredSubnet;
            this.id = id;
            this.name = name;
            this.driver = driver;
            this.created = created;
            this.subnet = subnet;
            this.gateway = gateway;
            this.internal = internal;
            this.attachable = attachable;
            this.labels = Map.copyOf(labels);
        }

        Net copy() {
            Net n = new Net(id, name, driver, created, subnet, gateway, internal, attachable, labels, configuredSubnet);
            n.ipByContainer.putAll(ipByContainer);
            n.gatewayInConfig = gatewayInConfig;
            return n;
        }

        boolean predefined() {
            return name.equals("bridge") || name.equals("host") || name.equals("none");
        }

        /**
         * The lowest free address of the subnet, as Docker's IPAM hands them out: every address but the network's
         * own, its broadcast and the gateway, so a /16 goes on past 172.17.0.255 to 172.17.1.0 and holds 65,533.
         */
        String allocate(String containerId) {
            return allocate(containerId, "");
        }

        /**
         * As {@link #allocate(String)}, or the {@code requested} address ({@code --ip}) when not empty: IPAM refuses
         * one already given out (the gateway's too) with {@code Address already in use}.
         */
        String allocate(String containerId, String requested) {
            if (subnet.isEmpty()) {
                return "";
            }
            String held = ipByContainer.get(containerId);
            if (held != null) {
                return held;
            }
            if (!requested.isEmpty()) {
                if (requested.equals(gateway) || ipByContainer.containsValue(requested)) {
                    throw EngineException.forbidden("Address already in use");
                }
                ipByContainer.put(containerId, requested);
                return requested;
            }
            long base = Subnet.base(subnet);
            long size = Subnet.size(subnet);
            long gw = gateway.isEmpty() ? -1 : Subnet.parse(gateway);
            java.util.Set<String> used = new java.util.HashSet<>(ipByContainer.values());
            for (long a = base + 1; a < base + size - 1; a++) {
                String ip = Subnet.format(a);
                if (a != gw && !used.contains(ip)) {
                    ipByContainer.put(containerId, ip);
                    return ip;
                }
            }
            throw EngineException.serverError("no available IPv4 addresses on this network's address pools: " + name);
        }

        /** The prefix length Docker prints after an endpoint's address ({@code 172.17.0.2/16}). */
        int prefixLength() {
            return Subnet.prefixLength(subnet);
        }
    }

    private final Map<String, Net> byName;
    private int nextSubnet;

    NetworkStore(EngineIds ids, Instant now) {
        byName = new LinkedHashMap<>();
        add(new Net(ids.next(), "bridge", "bridge", now, "172.17.0.0/16", "172.17.0.1", false, false, Map.of(), true));
        add(new Net(ids.next(), "host", "host", now, "", "", false, false, Map.of(), false));
        add(new Net(ids.next(), "none", "null", now, "", "", false, false, Map.of(), false));
        nextSubnet = 18;
    }

    private NetworkStore(Map<String, Net> byName, int nextSubnet) {
        this.byName = byName;
        this.nextSubnet = nextSubnet;
    }

    NetworkStore copy() {
        Map<String, Net> copy = new LinkedHashMap<>();
        byName.forEach((k, v) -> copy.put(k, v.copy()));
        return new NetworkStore(copy, nextSubnet);
    }

    private void add(Net n) {
        byName.put(n.name, n);
    }

    Collection<Net> all() {
        return byName.values();
    }

    Optional<Net> find(String ref) {
        Net n = byName.get(ref);
        if (n != null) {
            return Optional.of(n);
        }
        return byName.values().stream().filter(x -> x.id.startsWith(ref)).findFirst();
    }

    Net get(String ref) {
        return find(ref).orElseThrow(() -> EngineException.notFound("network " + ref + " not found"));
    }

    Net create(NetworkSpec spec, EngineIds ids, Instant now) {
        if (byName.containsKey(spec.name())) {
            throw EngineException.conflict("network with name " + spec.name() + " already exists");
        }
        if (!spec.driver().equals("bridge")) {
            throw EngineException.notFound("plugin \"" + spec.driver() + "\" not found");
        }
        if (spec.subnet() != null && !spec.subnet().matches("(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}")) {
            // api/types/network's ValidateIPAM (IPv6 subnets are not simulated)
            throw EngineException.badRequest("invalid network config:\ninvalid subnet " + spec.subnet() + ": invalid CIDR block notation");
        }
        if (spec.ingress()) {
            // libnetwork's NewNetwork: the bridge driver's data scope is local
            throw EngineException.forbidden("Ingress network can only be global scope network");
        }
        if (!spec.configFrom().isEmpty() && !byName.containsKey(spec.configFrom())) {
            throw EngineException.notFound("configuration network \"" + spec.configFrom() + "\" does not exist");
        }
        String subnet = spec.subnet() != null ? spec.subnet() : "172." + nextSubnet++ + ".0.0/16";
        String gateway = spec.gateway() != null ? spec.gateway() : Subnet.format(Subnet.base(subnet) + 1);
        Net n = new Net(ids.next(), spec.name(), "bridge", now, subnet, gateway, spec.internal(), spec.attachable(), spec.labels(),
                spec.subnet() != null);
        n.gatewayInConfig = spec.subnet() == null || spec.gateway() != null;
        add(n);
        return n;
    }

    void remove(Net n) {
        byName.remove(n.name);
    }

    NetworkInfo info(Net n, Map<String, SimContainer> containers) {
        Map<String, NetworkInfo.Attachment> attached = new LinkedHashMap<>();
        n.ipByContainer.forEach((cid, ip) -> {
            SimContainer c = containers.get(cid);
            if (c != null && c.isRunningProcess()) {
                attached.put(cid, new NetworkInfo.Attachment(c.name, EngineIds.sha256(n.id + cid).substring(7),
                        mac(ip), ip.isEmpty() ? "" : ip + "/" + n.prefixLength()));
            }
        });
        return new NetworkInfo(n.name, n.id, n.created, "local", n.driver, n.internal, n.attachable, n.subnet,
                n.gatewayInConfig ? n.gateway : "", attached, n.labels);
    }

    static String mac(String ip) {
        if (ip.isEmpty()) {
            return "";
        }
        String[] p = ip.split("\\.");
        return String.format("02:42:%02x:%02x:%02x:%02x", Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                Integer.parseInt(p[2]), Integer.parseInt(p[3]));
    }

    List<String> names() {
        return new ArrayList<>(byName.keySet());
    }
}
