package io.dockertutor.cli.command;

import io.dockertutor.engine.PortBinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * docker/cli's {@code DisplayablePorts} and {@code docker port}'s lines: consecutive ports with the same address
 * and protocol collapse into ranges ({@code 0.0.0.0:8000-8001->8000-8001/tcp}), host ports that differ from the
 * container port are listed one by one after the groups ({@code 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp}).
 */
final class PortDisplay {
    private static final Comparator<PortBinding> ORDER = Comparator.comparingInt(PortBinding::containerPort)
            .thenComparing(PortBinding::hostIp).thenComparingInt(PortBinding::hostPort).thenComparing(PortBinding::protocol);

    private PortDisplay() {
    }

    static String ports(List<PortBinding> ports) {
        List<PortBinding> sorted = new ArrayList<>(ports);
        sorted.sort(ORDER);
        Map<String, int[]> groups = new LinkedHashMap<>();
        List<String> result = new ArrayList<>();
        List<String> hostMappings = new ArrayList<>();
        for (PortBinding p : sorted) {
            int current = p.containerPort();
            String key = p.protocol();
            if (!p.hostIp().isEmpty()) {
                if (p.hostPort() != current) {
                    hostMappings.add(joinHostPort(p.hostIp(), String.valueOf(p.hostPort())) + "->" + current + "/" + p.protocol());
                    continue;
                }
                key = p.hostIp() + "/" + p.protocol();
            }
            int[] group = groups.get(key);
            if (group == null) {
                groups.put(key, new int[] {current, current});
                continue;
            }
            if (current == group[1] + 1) {
                group[1] = current;
                continue;
            }
            result.add(group(key, group[0], group[1]));
            groups.put(key, new int[] {current, current});
        }
        groups.forEach((key, g) -> result.add(group(key, g[0], g[1])));
        result.addAll(hostMappings);
        return String.join(", ", result);
    }

    private static String group(String key, int first, int last) {
        int slash = key.lastIndexOf('/');
        String ip = slash < 0 ? "" : key.substring(0, slash);
        String type = slash < 0 ? key : key.substring(slash + 1);
        String group = first == last ? String.valueOf(first) : first + "-" + last;
        if (!ip.isEmpty()) {
            group = joinHostPort(ip, group) + "->" + group;
        }
        return group + "/" + type;
    }

    /** Go's {@code net.JoinHostPort}: IPv6 addresses in brackets. */
    static String joinHostPort(String host, String port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
