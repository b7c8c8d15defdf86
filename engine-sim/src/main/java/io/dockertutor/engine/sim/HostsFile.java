package io.dockertutor.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code /etc/hosts} the daemon writes for a container when it starts (moby 28's libnetwork {@code etchosts} and
 * {@code Sandbox.buildHostsFile}): the loopback and IPv6 defaults, then the extra records in the order the sandbox got
 * them ({@code --add-host} values, then the legacy links' entries), then one line per address the container got,
 * naming its host name (and the bare name when the host name has a domain). Programs inside the container resolve
 * names through this file first ({@link #lookup}).
 * <pre>{@code
 * 127.0.0.1	localhost
 * ::1	localhost ip6-localhost ip6-loopback
 * ...
 * 10.0.0.5	db.local
 * 172.17.0.2	3f4e5d6c7b8a
 * }</pre>
 */
final class HostsFile {
    /** moby's default {@code HostGatewayIPs}: the default bridge's gateway, what {@code host-gateway} stands for. */
    static final String HOST_GATEWAY = "172.17.0.1";
    private static final String DEFAULTS = """
            127.0.0.1\tlocalhost
            ::1\tlocalhost ip6-localhost ip6-loopback
            fe00::\tip6-localnet
            ff00::\tip6-mcastprefix
            ff02::1\tip6-allnodes
            ff02::2\tip6-allrouters
            """;

    /** One line of the file: {@code IP\tNAMES}. */
    record Record(String ip, String names) {
    }

    private HostsFile() {
    }

    /** The file for a container named {@code hostname} with {@code addresses} (in the order it joined networks). */
    static String of(String hostname, List<String> addresses) {
        return of(hostname, List.of(), addresses);
    }

    /** As above, with the sandbox's {@code extra} records before the container's own. */
    static String of(String hostname, List<Record> extra, List<String> addresses) {
        StringBuilder sb = new StringBuilder(DEFAULTS);
        extra.forEach(r -> sb.append(r.ip()).append('\t').append(r.names()).append('\n'));
        String names = hostname;
        int dot = hostname.indexOf('.');
        if (dot > 0) {
            names += " " + hostname.substring(0, dot); // the FQDN and the bare host name
        }
        for (String address : addresses) {
            if (!address.isEmpty()) {
                sb.append(address).append('\t').append(names).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The records of {@code --add-host} values as the client sent them ({@code name:ip}, split at the first colon so
     * an IPv6 address stays whole), {@code host-gateway} replaced by the daemon's {@link #HOST_GATEWAY}.
     */
    static List<Record> extraHosts(List<String> values) {
        List<Record> records = new ArrayList<>();
        for (String value : values) {
            int colon = value.indexOf(':');
            String ip = value.substring(colon + 1);
            records.add(new Record(ip.equals("host-gateway") ? HOST_GATEWAY : ip, value.substring(0, colon)));
        }
        return records;
    }

    /**
     * What a resolver reading {@code file} finds for {@code name} (case-insensitively, as glibc and musl compare):
     * the first IPv4 record naming it, else the first record at all; null when no line names it.
     */
    static String lookup(String file, String name) {
        String any = null;
        for (String line : file.split("\n")) {
            int hash = line.indexOf('#');
            String[] fields = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
            for (int i = 1; i < fields.length; i++) {
                if (fields[i].equalsIgnoreCase(name)) {
                    if (!fields[0].contains(":")) {
                        return fields[0];
                    }
                    any = any == null ? fields[0] : any;
                }
            }
        }
        return any;
    }
}
