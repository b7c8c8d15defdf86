package io.dockertutor.engine.sim;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.builtins.BusyboxUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * busybox {@code ip} inside a container, reading its {@link ContainerInterfaces}: {@code ip addr}, {@code ip link},
 * {@code ip route} (their {@code show}/{@code list} forms, {@code dev NAME} or a bare interface name, {@code -4},
 * {@code -6}, {@code -0}, {@code -f FAMILY}, {@code -o}), worded as busybox's ipaddress.c and iproute.c print them
 * (recorded on the lab engine). Changes ({@code add}, {@code del}, {@code set}) need CAP_NET_ADMIN, which a container
 * lacks: {@code RTNETLINK answers: Operation not permitted}.
 */
final class IpProgram implements Command {
    private static final String LOOPBACK_FLAGS = "<LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000";
    /** M-DOWN: busybox sees the veth's peer (in the host's namespace) as a link it cannot ask about. */
    private static final String ETHER_FLAGS = "<BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue ";

    private final Supplier<SimState> state;
    private final SimContainer self;

    IpProgram(Supplier<SimState> state, SimContainer self) {
        this.state = state;
        this.self = self;
    }

    /** The options before the object: the family ({@code inet}, {@code inet6}, {@code link}, "" for any), one line each. */
    private record Options(String family, boolean oneline) {
    }

    @Override
    public int run(Invocation call) {
        List<String> args = new ArrayList<>(call.args());
        String family = "";
        boolean oneline = false;
        while (!args.isEmpty() && args.get(0).startsWith("-")) {
            String opt = args.remove(0).replaceFirst("^--?", "");
            if (opt.isEmpty()) {
                break;
            }
            String word = abbreviation(opt, "oneline", "family", "4", "6", "0");
            if (word == null || word.equals("family") && args.isEmpty()) {
                return BusyboxUsage.show(call);
            }
            switch (word) {
                case "oneline" -> oneline = true;
                case "family" -> {
                    family = args.remove(0);
                    if (!List.of("inet", "inet6", "link").contains(family)) {
                        return invalid(call, family, "family");
                    }
                }
                case "4" -> family = "inet";
                case "6" -> family = "inet6";
                default -> family = "link";
            }
        }
        String object = args.isEmpty() ? null : abbreviation(args.remove(0), "address", "route", "r", "link", "tunnel",
                "tunl", "rule", "neigh");
        if (object == null) {
            return BusyboxUsage.show(call);
        }
        Options options = new Options(family, oneline);
        return switch (object) {
            case "address" -> show(call, args, options, true);
            case "link" -> show(call, args, new Options("link", oneline), false);
            case "route", "r" -> route(call, args, options);
            default -> 0; // no tunnels, rules or neighbours worth a line in a fresh container
        };
    }

    /** {@code ip addr [show|list] [dev] [NAME]} and {@code ip link [show] [NAME]}. */
    private int show(Invocation call, List<String> args, Options options, boolean addresses) {
        if (!args.isEmpty()) {
            String verb = abbreviation(args.get(0), addresses
                    ? new String[] {"add", "change", "chg", "replace", "delete", "list", "show", "lst", "flush"}
                    : new String[] {"add", "delete", "set", "show", "list", "lst", "help", "change"});
            if (verb == null) {
                return invalid(call, args.get(0), "ip");
            }
            args.remove(0);
            if (!List.of("list", "show", "lst").contains(verb)) {
                call.err().println("ip: RTNETLINK answers: Operation not permitted");
                return 2;
            }
        }
        String device = null;
        for (int i = 0; i < args.size(); i++) {
            device = args.get(i).equals("dev") && i + 1 < args.size() ? args.get(++i) : args.get(i);
        }
        List<ContainerInterfaces.Interface> all = ContainerInterfaces.of(state.get(), self);
        if (device != null) {
            String name = device;
            all = all.stream().filter(i -> i.name().equals(name)).toList();
            if (all.isEmpty()) {
                call.err().println("ip: can't find device '" + device + "'");
                return 1;
            }
        }
        char sl = options.oneline() ? '\\' : '\n';
        for (ContainerInterfaces.Interface i : all) {
            if (options.family().equals("inet6")) {
                continue; // Docker turns IPv6 off on networks without it: no interface has an inet6 address
            }
            boolean link = options.family().isEmpty() || options.family().equals("link");
            if (addresses && options.oneline() && !options.family().equals("link")) {
                call.out().println(i.index() + ": " + i.name() + "    " + inetLine(i).strip() + sl
                        + "       valid_lft forever preferred_lft forever");
                continue;
            }
            StringBuilder text = new StringBuilder(header(i));
            if (link) {
                text.append(sl).append(i.loopback() ? "    link/loopback " : "    link/ether ").append(i.mac())
                        .append(" brd ").append(i.loopback() ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff");
            }
            call.out().println(text);
            if (addresses && !options.family().equals("link")) {
                call.out().println(inetLine(i));
                call.out().println("       valid_lft forever preferred_lft forever");
            }
        }
        return 0;
    }

    private static String header(ContainerInterfaces.Interface i) {
        return i.index() + ": " + (i.loopback() ? "lo: " + LOOPBACK_FLAGS
                : i.name() + "@if" + (i.index() + 1) + ": " + ETHER_FLAGS);
    }

    private static String inetLine(ContainerInterfaces.Interface i) {
        return i.loopback() ? "    inet 127.0.0.1/8 scope host lo"
                : "    inet " + i.ip() + "/" + i.prefix() + " brd " + i.broadcast() + " scope global " + i.name();
    }

    /** {@code ip route}: the default route through eth0's gateway, then each network's own route. */
    private int route(Invocation call, List<String> args, Options options) {
        if (!args.isEmpty()) {
            String verb = abbreviation(args.get(0), "add", "append", "change", "chg", "delete", "get", "list", "show",
                    "prepend", "replace", "test", "flush");
            if (verb == null) {
                return invalid(call, args.get(0), "ip route");
            }
            if (!List.of("list", "show").contains(verb)) {
                call.err().println("ip: RTNETLINK answers: Operation not permitted");
                return 2;
            }
        }
        if (options.family().equals("inet6")) {
            return 0;
        }
        List<ContainerInterfaces.Interface> nets = ContainerInterfaces.of(state.get(), self).stream()
                .filter(i -> !i.loopback()).toList();
        if (!nets.isEmpty() && !nets.get(0).gateway().isEmpty()) {
            call.out().println("default via " + nets.get(0).gateway() + " dev " + nets.get(0).name() + " ");
        }
        for (ContainerInterfaces.Interface i : nets) {
            call.out().println(i.network() + "/" + i.prefix() + " dev " + i.name() + " scope link  src " + i.ip() + " ");
        }
        return 0;
    }

    private static int invalid(Invocation call, String arg, String to) {
        call.err().println("ip: invalid argument '" + arg + "' to '" + to + "'");
        return 1;
    }

    /** busybox's index_in_substrings: the keyword {@code word} is, or the only one it begins; null when none or several. */
    private static String abbreviation(String word, String... keywords) {
        String match = null;
        for (String k : keywords) {
            if (k.equals(word)) {
                return k;
            }
            if (!word.isEmpty() && k.startsWith(word)) {
                if (match != null) {
                    return null;
                }
                match = k;
            }
        }
        return match;
    }
}
