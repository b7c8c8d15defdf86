package io.dockertutor.cli.command;

import io.dockertutor.gotext.GoTimeValue;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.NetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code docker network create|ls|inspect|rm|connect|disconnect|prune}, with docker/cli's network formatter. */
final class NetworkCommands {
    static final String TABLE = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";
    static final Map<String, String> HEADERS = Map.of("ID", "NETWORK ID", "Name", "NAME", "Driver", "DRIVER",
            "Scope", "SCOPE", "IPv6", "IPV6", "Internal", "INTERNAL", "Labels", "LABELS", "CreatedAt", "CREATED AT");

    private NetworkCommands() {
    }

    static void register(DockerCli cli) {
        cli.register("network create", NetworkCommands::create);
        cli.register("network ls", NetworkCommands::list);
        cli.register("network inspect", InspectCommand.of("network", InspectCommand.networkLookup()));
        cli.register("network rm", NetworkCommands::remove);
        cli.register("network connect", (cmd, ctx) -> {
            java.util.Optional<String> bad = NetworkIpam.driverOpts(cmd.list("driver-opt"));
            if (bad.isPresent()) {
                ctx.err().println(bad.get());
                return 1;
            }
            ctx.engine().connectNetwork(cmd.args().get(0), cmd.args().get(1), new io.dockertutor.engine.EndpointSpec(
                    aliases(cmd.list("alias")), cmd.string("ip", ""), cmd.string("ip6", "")));
            return 0;
        });
        cli.register("network disconnect", (cmd, ctx) -> {
            ctx.engine().disconnectNetwork(cmd.args().get(0), cmd.args().get(1), cmd.bool("force"));
            return 0;
        });
        cli.register("network prune", NetworkCommands::prune);
    }

    private static List<String> aliases(List<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.addAll(List.of(v.split(","))));
        return out;
    }

    private static int create(ParsedCommand cmd, CliContext ctx) {
        java.util.Optional<String> bad = NetworkIpam.check(cmd);
        if (bad.isPresent()) {
            ctx.err().println(bad.get());
            return 1;
        }
        String subnet = cmd.list("subnet").isEmpty() ? null : cmd.list("subnet").get(0);
        String gateway = cmd.list("gateway").isEmpty() ? null : cmd.list("gateway").get(0);
        String id = ctx.engine().createNetwork(new NetworkSpec(cmd.args().get(0), cmd.string("driver", "bridge"),
                cmd.bool("internal"), cmd.bool("attachable"), VolumeCommands.keyValues(cmd.list("label")), subnet, gateway,
                cmd.bool("ingress"), cmd.string("config-from", "")));
        ctx.out().println(id);
        return 0;
    }

    private static int list(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        List<NetworkInfo> networks = new ArrayList<>(ctx.engine().listNetworks(Filters.parse(cmd.list("filter"))));
        DockerCli.noteHidden(ctx, "networks");
        networks.sort((a, b) -> NaturalOrder.less(a.name(), b.name()));
        boolean trunc = !cmd.bool("no-trunc");
        String format = cmd.string("format", "");
        // network.NewFormat: -q only picks the IDs instead of the table; a custom --format wins over it
        boolean table = format.isEmpty() || format.equals("table");
        String chosen = table && cmd.bool("quiet") ? "{{.ID}}" : table ? TABLE : format.equals("json") ? "{{json .}}" : format;
        List<Object> rows = new ArrayList<>();
        for (NetworkInfo n : networks) {
            rows.add(TemplateStruct.builder("*network.networkContext")
                    .field("ID", trunc ? ShortIds.of(n.id()) : n.id()).field("Name", n.name()).field("Driver", n.driver())
                    // EnableIPv4 is true in moby 28's answer (an Engine before API 1.47 leaves it out: false)
                    .field("Scope", n.scope()).field("IPv4", "true").field("IPv6", "false")
                    .field("Internal", String.valueOf(n.internal()))
                    .lazy("Labels", () -> ContainerRows.labels(n.labels()))
                    .method("Label", ContainerRows.label(n.labels()))
                    // Created.String() of the time decoded from the daemon's JSON: UTC, with the nanoseconds
                    .lazy("CreatedAt", () -> new GoTimeValue(InspectJson.time(n.created())).goString())
                    .sortedJson()
                    .printed(() -> RowStructs.context("network.networkContext", List.of(trunc), RowStructs.listedNetwork(json(n))))
                    .build());
        }
        Printing.rows(ctx, chosen, HEADERS, rows);
        return 0;
    }

    private static int remove(ParsedCommand cmd, CliContext ctx) {
        boolean failed = false;
        for (String name : cmd.args()) {
            try {
                ctx.engine().removeNetwork(name);
                ctx.out().println(name);
            } catch (EngineException e) {
                if (cmd.bool("force") && e.kind() == EngineException.Kind.NOT_FOUND) {
                    continue;
                }
                ctx.err().println("Error response from daemon: " + e.getMessage());
                failed = true;
            }
        }
        if (failed) {
            ctx.err().println("exit status 1"); // the v28 CLI's own line: a StatusError without a message
            return 1;
        }
        return 0;
    }

    private static int prune(ParsedCommand cmd, CliContext ctx) {
        if (!cmd.bool("force")) {
            ctx.out().print("WARNING! This will remove all custom networks not used by at least one container.\n"
                    + "Are you sure you want to continue? [y/N] ");
            ctx.out().flush();
            if (!Confirm.answeredYes(ctx)) {
                return 0;
            }
        }
        report(ctx, ctx.engine().pruneNetworks(Filters.parse(cmd.list("filter"))).removed());
        return 0;
    }

    /** Network prune reports names only: networks take no space. */
    static void report(CliContext ctx, List<String> removed) {
        if (!removed.isEmpty()) {
            ctx.out().println("Deleted Networks:");
            removed.forEach(ctx.out()::println);
            ctx.out().println();
        }
    }

    /** The default bridge's driver options as a stock daemon sets them (daemon_unix.go {@code initBridgeDriver}). */
    private static final Map<String, String> DEFAULT_BRIDGE_OPTIONS = new TreeMap<>(Map.of(
            "com.docker.network.bridge.default_bridge", "true", "com.docker.network.bridge.enable_icc", "true",
            "com.docker.network.bridge.enable_ip_masquerade", "true", "com.docker.network.bridge.host_binding_ipv4", "0.0.0.0",
            "com.docker.network.bridge.name", "docker0", "com.docker.network.driver.mtu", "1500"));

    /** {@code docker network inspect}'s object, in Engine API 1.50's field order. */
    static Map<String, Object> json(NetworkInfo n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", n.name());
        m.put("Id", n.id());
        m.put("Created", InspectJson.time(n.created()));
        m.put("Scope", n.scope());
        m.put("Driver", n.driver());
        m.put("EnableIPv4", true);
        m.put("EnableIPv6", false);
        Map<String, Object> ipam = new LinkedHashMap<>();
        ipam.put("Driver", "default");
        ipam.put("Options", n.name().equals("bridge") ? null : Map.of());
        List<Object> config = new ArrayList<>();
        if (n.subnet() != null && !n.subnet().isEmpty()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("Subnet", n.subnet());
            if (n.gateway() != null && !n.gateway().isEmpty()) {
                c.put("Gateway", n.gateway());
            }
            config.add(c);
        }
        ipam.put("Config", config);
        m.put("IPAM", ipam);
        m.put("Internal", n.internal());
        m.put("Attachable", n.attachable());
        m.put("Ingress", false);
        m.put("ConfigFrom", Map.of("Network", ""));
        m.put("ConfigOnly", false);
        Map<String, Object> containers = new TreeMap<>();
        n.containers().forEach((id, a) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("Name", a.name());
            x.put("EndpointID", a.endpointId());
            x.put("MacAddress", a.macAddress());
            x.put("IPv4Address", a.ipv4Address());
            x.put("IPv6Address", "");
            containers.put(id, x);
        });
        m.put("Containers", containers);
        m.put("Options", n.name().equals("bridge") && n.driver().equals("bridge") ? DEFAULT_BRIDGE_OPTIONS : Map.of());
        m.put("Labels", new TreeMap<>(n.labels()));
        return m;
    }
}
