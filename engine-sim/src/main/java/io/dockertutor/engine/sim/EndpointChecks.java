package io.dockertutor.engine.sim;

import io.dockertutor.engine.EndpointSpec;
import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;

/**
 * moby v28's {@code validateEndpointSettings} for an endpoint on a network the daemon found ({@code network connect}
 * of a running or a stopped container): on a predefined network no address and no alias of one's own; each address
 * well formed ({@code EndpointIPAMConfig.Validate}); and inside a subnet the user configured ({@code IsInRange}: a
 * network whose subnet IPAM chose takes no {@code --ip}, and no simulated network has an IPv6 subnet). Every problem
 * is listed, joined as moby's {@code multierror} joins them.
 */
final class EndpointChecks {
    static final String NO_USER_SUBNET =
            "user specified IP address is supported only when connecting to networks with user configured subnets";

    private EndpointChecks() {
    }

    /** {@code network connect}: the problems with {@code endpoint} on {@code n}, joined under moby's heading. */
    static void check(NetworkStore.Net n, EndpointSpec endpoint) {
        List<String> errors = problems(n.name, n, endpoint, List.of());
        if (!errors.isEmpty()) {
            throw EngineException.badRequest("invalid endpoint settings:\n" + joined(errors));
        }
    }

    /**
     * The problems in moby's order: predefined network, address forms ({@code Validate}, {@code linkLocal} included),
     * then the range ({@code IsInRange}), which is checked only when the network exists ({@code n} not null).
     */
    static List<String> problems(String name, NetworkStore.Net n, EndpointSpec endpoint, List<String> linkLocal) {
        String ip = endpoint.ipv4Address();
        String ip6 = endpoint.ipv6Address();
        List<String> errors = new ArrayList<>();
        if (!userDefined(name)) {
            if (!ip.isEmpty() || !ip6.isEmpty()) {
                errors.add("user specified IP address is supported on user defined networks only");
            }
            if (!endpoint.aliases().isEmpty()) {
                errors.add("network-scoped alias is supported only for containers in user defined networks");
            }
        }
        if (!ip.isEmpty() && (!IpAddresses.isIpv4(ip) || ip.equals("0.0.0.0"))) {
            errors.add("invalid IPv4 address: " + ip);
        }
        if (!ip6.isEmpty() && (!IpAddresses.isIpv6(ip6) || IpAddresses.isUnspecified(ip6))) {
            errors.add("invalid IPv6 address: " + ip6);
        }
        for (String local : linkLocal) {
            if (!IpAddresses.isIpv4(local) && !IpAddresses.isIpv6(local) || IpAddresses.isUnspecified(local)) {
                errors.add("invalid link-local IP address: " + local);
            }
        }
        if (n != null && !ip.isEmpty()) {
            if (!n.configuredSubnet) {
                errors.add(NO_USER_SUBNET);
            } else if (!inSubnet(n.subnet, ip)) {
                errors.add("no configured subnet or ip-range contain the IP address " + ip);
            }
        }
        if (n != null && !ip6.isEmpty()) {
            errors.add(NO_USER_SUBNET);
        }
        return errors;
    }

    /** moby's {@code multierror.Join}: one error as it is, several as a list. */
    static String joined(List<String> errors) {
        return errors.size() == 1 ? errors.get(0) : "* " + String.join("\n* ", errors);
    }

    /** {@code NetworkMode.IsUserDefined}: not one of the predefined modes, not another container's. */
    private static boolean userDefined(String network) {
        return !List.of("default", "bridge", "host", "none").contains(network) && !network.startsWith("container:");
    }

    private static boolean inSubnet(String subnet, String ip) {
        if (!IpAddresses.isIpv4(ip)) {
            return false;
        }
        long a = Subnet.parse(ip);
        long base = Subnet.base(subnet);
        return a >= base && a < base + Subnet.size(subnet);
    }
}
