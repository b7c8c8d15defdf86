package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --link NAME[:ALIAS]} on the default bridge, as moby 28 keeps legacy links ({@code daemon/links.go},
 * {@code addLegacyLinks}): the daemon registers {@code /PARENT/ALIAS} for the linked container, shows it in
 * {@code HostConfig.Links} ({@code /db:/web/db}), refuses to start the container while a linked one is not running,
 * and writes {@code IP\tALIAS HOSTNAME NAME} into its /etc/hosts (the name only when it is not the alias). On a
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

    private String linkName(Link l) {
        return "/" + parent.name + "/" + l.alias();
    }
}
