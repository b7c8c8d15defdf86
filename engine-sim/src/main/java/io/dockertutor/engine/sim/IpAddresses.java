package io.dockertutor.engine.sim;

import java.util.regex.Pattern;

/** Go's {@code net.ParseIP} for the forms the daemon checks: dotted IPv4 without leading zeros, and IPv6 text. */
final class IpAddresses {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,4}");

    private IpAddresses() {
    }

    static boolean isIpv4(String s) {
        return IPV4.matcher(s).matches();
    }

    /** An IPv6 address that is not an IPv4 one in IPv6 form ({@code To4() == nil}), as {@code --ip6} needs. */
    static boolean isIpv6(String s) {
        if (!s.contains(":") || s.indexOf("::") != s.lastIndexOf("::")) {
            return false;
        }
        String body = s;
        int groups = 0;
        int dot = s.lastIndexOf(':');
        if (s.substring(dot + 1).contains(".")) {
            if (!isIpv4(s.substring(dot + 1))) {
                return false;
            }
            body = s.substring(0, dot + 1) + "0:0";
            if (s.startsWith("::ffff:") || s.matches("(0{1,4}:){5}ffff:.*")) {
                return false;
            }
        }
        boolean compressed = body.contains("::");
        for (String part : body.replace("::", ":x:").split(":", -1)) {
            if (part.equals("x")) {
                continue;
            }
            if (part.isEmpty() && compressed) {
                continue;
            }
            if (!HEX.matcher(part).matches()) {
                return false;
            }
            groups++;
        }
        return compressed ? groups < 8 : groups == 8;
    }

    /** 0.0.0.0 or :: ({@code IsUnspecified}). */
    static boolean isUnspecified(String s) {
        return s.equals("0.0.0.0") || s.contains(":") && isIpv6(s) && s.replaceAll("[0:]", "").isEmpty();
    }
}
