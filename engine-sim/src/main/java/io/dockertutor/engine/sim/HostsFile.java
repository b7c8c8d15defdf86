package io.dockertutor.engine.sim;

import java.util.List;

/**
 * The {@code /etc/hosts} the daemon writes for a container when it starts (moby 28's libnetwork {@code etchosts} and
 * {@code Sandbox.buildHostsFile}): the loopback and IPv6 defaults, then one line per address the container got,
 * naming its host name (and the bare name when the host name has a domain).
 * <pre>{@code
 * 127.0.0.1	localhost
 * ::1	localhost ip6-localhost ip6-loopback
 * ...
 * 172.17.0.2	3f4e5d6c7b8a
 * }</pre>
 */
final class HostsFile {
    private static final String DEFAULTS = """
            127.0.0.1\tlocalhost
            ::1\tlocalhost ip6-localhost ip6-loopback
            fe00::\tip6-localnet
            ff00::\tip6-mcastprefix
            ff02::1\tip6-allnodes
            ff02::2\tip6-allrouters
            """;

    private HostsFile() {
    }

    /** The file for a container named {@code hostname} with {@code addresses} (in the order it joined networks). */
    static String of(String hostname, List<String> addresses) {
        StringBuilder sb = new StringBuilder(DEFAULTS);
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
}
