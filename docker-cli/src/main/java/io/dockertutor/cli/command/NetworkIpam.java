package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What docker/cli checks of {@code network create}'s address options before asking the daemon
 * ({@code createIPAMConfig}: every range, gateway and auxiliary address inside one of the subnets) and of
 * {@code network connect}'s {@code --driver-opt} ({@code convertDriverOpt}), with their texts. Printed bare, exit 1.
 */
final class NetworkIpam {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private NetworkIpam() {
    }

    /** The error {@code createIPAMConfig} answers for these options, if any. */
    static Optional<String> check(ParsedCommand cmd) {
        List<String> subnets = cmd.list("subnet");
        List<String> ranges = cmd.list("ip-range");
        List<String> gateways = cmd.list("gateway");
        if (subnets.size() < ranges.size() || subnets.size() < gateways.size()) {
            return Optional.of("every ip-range or gateway must have a corresponding subnet");
        }
        try {
            List<String> seen = new ArrayList<>();
            for (String s : subnets) {
                for (String k : seen) {
                    if (matches(s, k) || matches(k, s)) {
                        return Optional.of("multiple overlapping subnet configuration is not supported");
                    }
                }
                seen.add(s);
            }
            for (String r : ranges) {
                boolean match = false;
                for (String s : subnets) {
                    cidr(r);
                    match |= matches(s, r);
                }
                if (!match) {
                    return Optional.of("no matching subnet for range " + r);
                }
            }
            for (String g : gateways) {
                if (subnets.stream().noneMatch(s -> matches(s, g))) {
                    return Optional.of("no matching subnet for gateway " + g);
                }
            }
            Map<String, String> aux = new LinkedHashMap<>();
            for (String a : cmd.list("aux-address")) {
                int eq = a.indexOf('=');
                aux.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
            }
            for (String aa : aux.values()) {
                if (subnets.stream().noneMatch(s -> matches(s, aa))) {
                    return Optional.of("no matching subnet for aux-address " + aa);
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /** {@code convertDriverOpt}: each value {@code key=value} with a key. */
    static Optional<String> driverOpts(List<String> values) {
        for (String v : values) {
            for (String opt : v.split(",", -1)) {
                int eq = opt.indexOf('=');
                if (eq < 0 || opt.substring(0, eq).isBlank()) {
                    return Optional.of("invalid key/value pair format in driver options");
                }
            }
        }
        return Optional.empty();
    }

    /** {@code subnetMatches}: whether {@code data} (an address or a CIDR's address) lies in {@code subnet}. */
    private static boolean matches(String subnet, String data) {
        BigInteger[] net;
        try {
            net = cidr(subnet);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid subnet: " + e.getMessage());
        }
        byte[] ip = data.contains("/") ? address(cidrAddress(data)) : address(data);
        if (ip == null || ip.length * 8 != net[2].intValue()) {
            return false;
        }
        BigInteger v = new BigInteger(1, ip);
        int bits = net[2].intValue();
        int prefix = net[1].intValue();
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return v.and(mask).equals(net[0].and(mask));
    }

    /** Go's {@code net.ParseCIDR}: address, prefix length and address size in bits; refuses with Go's text. */
    private static BigInteger[] cidr(String s) {
        String addr = cidrAddress(s);
        byte[] ip = addr == null ? null : address(addr);
        String len = s.substring(s.indexOf('/') + 1);
        if (ip == null || !len.matches("\\d{1,3}") || Integer.parseInt(len) > ip.length * 8) {
            throw new IllegalArgumentException("invalid CIDR address: " + s);
        }
        return new BigInteger[] {new BigInteger(1, ip), BigInteger.valueOf(Integer.parseInt(len)), BigInteger.valueOf(ip.length * 8L)};
    }

    private static String cidrAddress(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("invalid CIDR address: " + s);
        }
        return s.substring(0, slash);
    }

    /** An IPv4 or IPv6 literal's bytes, or null (never a name lookup). */
    private static byte[] address(String s) {
        if (IPV4.matcher(s).matches()) {
            String[] p = s.split("\\.");
            return new byte[] {(byte) Integer.parseInt(p[0]), (byte) Integer.parseInt(p[1]), (byte) Integer.parseInt(p[2]),
                (byte) Integer.parseInt(p[3])};
        }
        if (!s.contains(":") || !s.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
