package io.dockertutor.cli.command;

import io.dockertutor.engine.PortBinding;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * go-connections' {@code nat.ParsePortSpec} and the CLI's {@code --expose} parsing, with their error texts:
 * {@code 8080:80}, {@code 127.0.0.1:8080:80}, {@code [::1]:8080:80}, {@code 80}, {@code 8080:80/udp},
 * {@code 8000-8001:80-81}.
 */
final class PortSpecs {
    private PortSpecs() {
    }

    /** One {@code -p} value as bindings, one per container port of the range. */
    static List<PortBinding> parsePublish(String raw) throws OptionError {
        String[] parts = raw.split(":", -1);
        int n = parts.length;
        String containerPart = parts[n - 1];
        String hostPort = n >= 2 ? parts[n - 2] : "";
        String ip = n == 3 ? parts[0] : n > 3 ? String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2)) : "";
        String[] protoPort = splitProtoPort(containerPart);
        String proto = protoPort[0];
        String containerPort = protoPort[1];
        if (ip.startsWith("[")) {
            if (!ip.endsWith("]")) {
                throw new OptionError("invalid IP address " + ip + ": address " + ip + ": missing ']' in address");
            }
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !validIp(ip)) {
            throw new OptionError("invalid IP address: " + ip);
        }
        if (containerPort.isEmpty()) {
            throw new OptionError("no port specified: " + raw + "<empty>");
        }
        long[] range;
        try {
            range = portRange(containerPort);
        } catch (IllegalArgumentException e) {
            throw new OptionError("invalid containerPort: " + containerPort);
        }
        long[] hostRange = {0, 0};
        if (!hostPort.isEmpty()) {
            try {
                hostRange = portRange(hostPort);
            } catch (IllegalArgumentException e) {
                throw new OptionError("invalid hostPort: " + hostPort);
            }
        }
        if (!hostPort.isEmpty() && range[1] - range[0] != hostRange[1] - hostRange[0] && range[1] != range[0]) {
            throw new OptionError("invalid ranges specified for container and host Ports: " + containerPort + " and " + hostPort);
        }
        proto = proto.toLowerCase(Locale.ROOT);
        if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
            throw new OptionError("invalid proto: " + proto);
        }
        List<PortBinding> out = new ArrayList<>();
        for (long i = 0; i <= range[1] - range[0]; i++) {
            // A single container port with a host range lets the daemon pick in the range: the first is the
            // one a free engine picks, which is all the tutor's engine models.
            int host = hostPort.isEmpty() ? 0 : (int) (range[0] == range[1] ? hostRange[0] : hostRange[0] + i);
            out.add(new PortBinding((int) (range[0] + i), proto, ip, host));
        }
        return out;
    }

    /** One {@code --expose} value: {@code 80}, {@code 80/udp}, {@code 8000-8010}. Answers port keys ({@code 80/tcp}). */
    static List<String> parseExpose(String raw) throws OptionError {
        if (raw.contains(":")) {
            throw new OptionError("invalid port format for --expose: " + raw);
        }
        String[] protoPort = splitProtoPort(raw);
        long[] range;
        try {
            range = portRange(protoPort[1]);
        } catch (IllegalArgumentException e) {
            throw new OptionError("invalid range format for --expose: " + raw + ", error: " + e.getMessage());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (long p = range[0]; p <= range[1]; p++) {
            keys.add(p + "/" + protoPort[0]);
        }
        return List.copyOf(keys);
    }

    /** {@code nat.SplitProtoPort}: (proto, port); tcp by default, both empty for an empty port. */
    static String[] splitProtoPort(String raw) {
        String[] parts = raw.split("/", -1);
        if (raw.isEmpty() || parts[0].isEmpty()) {
            return new String[] {"", ""};
        }
        if (parts.length == 1 || parts[1].isEmpty()) {
            return new String[] {"tcp", parts[0]};
        }
        return new String[] {parts[1], parts[0]};
    }

    /** {@code nat.ParsePortRange}; the exception message is Go's error text. */
    static long[] portRange(String ports) {
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("empty string specified for ports");
        }
        if (!ports.contains("-")) {
            long p = parseUint16(ports);
            return new long[] {p, p};
        }
        String[] parts = ports.split("-", -1);
        long start = parseUint16(parts[0]);
        long end = parseUint16(parts[1]);
        if (end < start) {
            throw new IllegalArgumentException("invalid range specified for port: " + ports);
        }
        return new long[] {start, end};
    }

    private static long parseUint16(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("strconv.ParseUint: parsing \"" + s + "\": invalid syntax");
        }
        if (s.length() > 5 || Long.parseLong(s) > 65535) {
            throw new IllegalArgumentException("strconv.ParseUint: parsing \"" + s + "\": value out of range");
        }
        return Long.parseLong(s);
    }

    /** Go's {@code net.ParseIP}: dotted IPv4 or IPv6 text, never a host name. */
    static boolean validIp(String ip) {
        if (ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            for (String octet : ip.split("\\.")) {
                if (Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                    return false;
                }
            }
            return true;
        }
        if (!ip.contains(":") || !ip.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(ip) != null;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
