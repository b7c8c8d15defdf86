package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --link NAME[:ALIAS]} on the default bridge, as moby 28 keeps legacy links ({@code daemon/links.go},
 * {@code addLegacyLinks}): the daemon registers {@code /PARENT/ALIAS} for the linked container, shows it in
 * {@code HostConfig.Links} ({@code /db:/web/db}), refuses to start the container while a linked one is not running,
 * writes {@code IP\tALIAS HOSTNAME NAME} into its /etc/hosts (the name only when it is not the alias), and gives its
 * processes the linked container's address, ports and environment as {@code ALIAS_...} variables. On a
 * user-defined network a link is only an alias of the embedded DNS and none of this applies.
 *
 * <pre>{@code
 * LegacyLinks links = LegacyLinks.of(web, containers);
 * links.hostsRecords();   // ["172.17.0.2\tdb 3f4e5d6c7b8a"]
 * }</pre>
 */
final class LegacyLinks {
    /** One link: the linked container and the alias it goes by. */
    record Link(SimContainer child, String alias) {
    }

    private final SimContainer parent;
    private final List<Link> links;

    private LegacyLinks(SimContainer parent, List<Link> links) {
        this.parent = parent;
        this.links = links;
    }

    /** The legacy links of {@code parent}: none unless it is on the default bridge; links to removed containers drop. */
    static LegacyLinks of(SimContainer parent, ContainerStore containers) {
        List<Link> links = new ArrayList<>();
        if (parent.networkIps.containsKey("bridge")) {
            for (String value : parent.spec.hostOptions().getOrDefault("link", List.of())) {
                String[] parts = value.split(":", 2);
                String alias = parts.length == 2 ? parts[1].substring(parts[1].lastIndexOf('/') + 1) : parts[0];
                Optional<SimContainer> child = containers.find(parts[0]);
                child.ifPresent(c -> links.add(new Link(c, alias)));
            }
        }
        return new LegacyLinks(parent, List.copyOf(links));
    }

    /** {@code HostConfig.Links} as {@code docker inspect} shows them: {@code /CHILD:/PARENT/ALIAS}. */
    List<String> inspected() {
        return links.stream().map(l -> "/" + l.child().name + ":" + linkName(l)).toList();
    }

    /** {@code setupLinkedContainers}: every linked container must be running when this one starts. */
    void checkRunning() {
        for (Link l : links) {
            if (!l.child().isRunningProcess()) {
                throw EngineException.serverError("Cannot link to a non running container: /" + l.child().name + " AS "
                        + linkName(l));
            }
        }
    }

    /** The /etc/hosts records of the links, in the order given: the linked container's default bridge address. */
    List<HostsFile.Record> hostsRecords() {
        List<HostsFile.Record> records = new ArrayList<>();
        for (Link l : links) {
            String ip = l.child().networkIps.getOrDefault("bridge", "");
            if (ip.isEmpty()) {
                continue;
            }
            String names = l.alias() + " " + l.child().hostname;
            if (!l.alias().equals(l.child().name)) {
                names += " " + l.child().name;
            }
            records.add(new HostsFile.Record(ip, names));
        }
        return records;
    }

    /**
     * moby's {@code links.EnvVars} for each link, in order: {@code ALIAS_PORT} (the first port), four variables per
     * exposed port ({@code ALIAS_PORT_80_TCP}, {@code _ADDR}, {@code _PORT}, {@code _PROTO}; TCP first, then by
     * number), {@code _START}/{@code _END} for a run of consecutive ports, {@code ALIAS_NAME}, and the linked
     * container's own variables as {@code ALIAS_ENV_NAME} (not HOME or PATH).
     */
    List<String> environment() {
        List<String> env = new ArrayList<>();
        for (Link l : links) {
            String alias = l.alias().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            String ip = l.child().networkIps.getOrDefault("bridge", "");
            List<String[]> ports = l.child().exposedPorts.stream().map(p -> p.contains("/") ? p.split("/", 2)
                    : new String[] {p, "tcp"}).sorted(LegacyLinks::tcpFirst).toList();
            String[] start = null;
            String[] end = null;
            for (int i = 0; i < ports.size(); i++) {
                String[] p = ports.get(i);
                if (i == 0) {
                    start = p;
                    end = p;
                    env.add(alias + "_PORT=" + p[1] + "://" + ip + ":" + p[0]);
                }
                String prefix = alias + "_PORT_" + p[0] + "_" + p[1].toUpperCase(java.util.Locale.ROOT);
                env.add(prefix + "=" + p[1] + "://" + ip + ":" + p[0]);
                env.add(prefix + "_ADDR=" + ip);
                env.add(prefix + "_PORT=" + p[0]);
                env.add(prefix + "_PROTO=" + p[1]);
                if (Integer.parseInt(p[0]) == Integer.parseInt(end[0]) + 1 && p[1].equalsIgnoreCase(start[1])) {
                    end = p;
                    if (i < ports.size() - 1) {
                        continue;
                    }
                }
                if (!java.util.Arrays.equals(end, start)) {
                    String range = alias + "_PORT_" + start[0] + "_" + start[1].toUpperCase(java.util.Locale.ROOT);
                    env.add(range + "_START=" + start[1] + "://" + ip + ":" + start[0]);
                    env.add(range + "_PORT_START=" + start[0]);
                    env.add(range + "_END=" + end[1] + "://" + ip + ":" + end[0]);
                    env.add(range + "_PORT_END=" + end[0]);
                }
                start = p;
                end = p;
            }
            env.add(alias + "_NAME=" + linkName(l));
            for (String kv : l.child().env) {
                int eq = kv.indexOf('=');
                String name = eq < 0 ? null : kv.substring(0, eq);
                if (name != null && !name.equals("HOME") && !name.equals("PATH")) {
                    env.add(alias + "_ENV_" + kv);
                }
            }
        }
        return env;
    }

    /** {@code withTCPPriority}: TCP before other protocols, then the protocol's name, then the port number. */
    private static int tcpFirst(String[] a, String[] b) {
        if (a[1].equalsIgnoreCase(b[1])) {
            return Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0]));
        }
        if (a[1].equalsIgnoreCase("tcp")) {
            return -1;
        }
        return b[1].equalsIgnoreCase("tcp") ? 1 : a[1].toLowerCase(java.util.Locale.ROOT).compareTo(b[1].toLowerCase(java.util.Locale.ROOT));
    }

    private String linkName(Link l) {
        return "/" + parent.name + "/" + l.alias();
    }
}
