package io.dockertutor.cli;

import io.dockertutor.engine.DaemonControl;
import io.dockertutor.engine.Engine;
import io.dockertutor.sh.Invocation;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code systemctl start|stop|restart|status docker} and {@code service docker start|stop|restart|status}
 * (with or without sudo): act on the engine's {@link DaemonControl}. A real engine offers none, and the tutor
 * says it will not touch the machine's own daemon. Other units are unknown, as on a machine with only Docker.
 */
final class DaemonCommands {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Engine engine;
    private final Clock clock;
    private Instant since;

    DaemonCommands(Engine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.since = clock.instant();
    }

    int systemctl(Invocation call) {
        List<String> args = call.args().stream().filter(a -> !a.startsWith("-")).toList();
        if (args.size() < 2) {
            call.err().println(text(call, "daemon.systemctlUsage"));
            return 1;
        }
        String verb = args.get(0);
        String unit = args.get(1).endsWith(".service") ? args.get(1).substring(0, args.get(1).length() - 8) : args.get(1);
        if (!unit.equals("docker")) {
            if (verb.equals("status")) {
                call.err().println("Unit " + unit + ".service could not be found.");
                return 4;
            }
            call.err().println("Failed to " + verb + " " + unit + ".service: Unit " + unit + ".service not found.");
            return 5;
        }
        return act(call, "systemctl", verb);
    }

    int service(Invocation call) {
        List<String> args = call.args();
        if (args.size() < 2) {
            call.err().println("Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]");
            return 1;
        }
        if (!args.get(0).equals("docker")) {
            call.err().println(args.get(0) + ": unrecognized service");
            return 1;
        }
        return act(call, "service", args.get(1));
    }

    private int act(Invocation call, String tool, String verb) {
        Optional<DaemonControl> control = engine.daemonControl();
        if (control.isEmpty()) {
            call.err().println(text(call, "daemon.notOwned", tool + " " + verb + " docker"));
            return 1;
        }
        DaemonControl d = control.get();
        switch (verb) {
            case "start" -> {
                if (!d.running()) {
                    d.start();
                    since = clock.instant();
                }
            }
            case "stop" -> d.stop();
            case "restart" -> {
                d.restart();
                since = clock.instant();
            }
            case "status" -> {
                return status(call, d);
            }
            default -> {
                call.err().println(text(call, "daemon.unknownVerb", verb));
                return 1;
            }
        }
        return 0;
    }

    private int status(Invocation call, DaemonControl d) {
        boolean up = d.running();
        Instant now = clock.instant();
        call.out().println((up ? "● " : "○ ") + "docker.service - Docker Application Container Engine");
        call.out().println("     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)");
        call.out().println("     Active: " + (up ? "active (running)" : "inactive (dead)") + " since " + SINCE.format(since)
                + "; " + ago(Duration.between(since, now)) + " ago");
        call.out().println("TriggeredBy: ● docker.socket");
        call.out().println("       Docs: https://docs.docker.com");
        if (up) {
            call.out().println("   Main PID: 1042 (dockerd)");
            call.out().println("     CGroup: /system.slice/docker.service");
            call.out().println("             └─1042 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock");
        }
        return up ? 0 : 3;
    }

    /** systemd's short spans: {@code 5s}, {@code 3min 2s}, {@code 1h 4min}. */
    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "min " + s % 60 + "s";
        }
        return s / 3600 + "h " + s % 3600 / 60 + "min";
    }

    private static String text(Invocation call, String key, Object... args) {
        Locale locale = call.shell().locale();
        String pattern = ResourceBundle.getBundle("io.dockertutor.cli.command.messages", locale).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
