package io.dockertutor.engine.sim.process;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A server the lessons start but never talk to over HTTP (mysqld, redis-server, postgres): it
 * prints its ready line, keeps running, and shuts down cleanly with exit 0 on SIGTERM or SIGINT.
 */
final class Daemon implements Program {
    private static final DateTimeFormatter REDIS = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final List<String> argv;
    private final String kind;

    Daemon(List<String> argv, String kind) {
        this.argv = List.copyOf(argv);
        this.kind = kind;
    }

    @Override
    public Started start(ProgramContext ctx) {
        List<Line> out = new ArrayList<>();
        String t = REDIS.format(ctx.now());
        switch (kind) {
            case "redis" -> {
                out.add(Line.out("1:C " + t + " # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"));
                out.add(Line.out("1:M " + t + " * Running mode=standalone, port=6379."));
                out.add(Line.out("1:M " + t + " * Ready to accept connections tcp"));
            }
            case "mysql" -> {
                out.add(Line.err(ctx.now().toString() + " 0 [System] [MY-010116] [Server] /usr/sbin/mysqld starting as process 1"));
                out.add(Line.err(ctx.now().toString() + " 0 [Note] mysqld: ready for connections. Version: '" + mysqlVersion(ctx) + "'  socket: "
                        + "'/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)"));
            }
            default -> {
            }
        }
        return Started.running(out);
    }

    /** The server version the image installed ({@code MYSQL_VERSION=8.4.2-1.el9}), 5.7.44 for images that set none. */
    private static String mysqlVersion(ProgramContext ctx) {
        String v = ctx.env().getOrDefault("MYSQL_VERSION", "5.7.44");
        int dash = v.indexOf('-');
        return dash > 0 ? v.substring(0, dash) : v;
    }

    @Override
    public SignalOutcome signal(String signal, ProgramContext ctx) {
        if (signal.equals("SIGTERM") || signal.equals("SIGINT") || signal.equals("SIGQUIT")) {
            return SignalOutcome.exit(0, List.of());
        }
        return Signals.defaultAction(signal, true);
    }

    @Override
    public List<Integer> listening() {
        return switch (kind) {
            case "redis" -> List.of(6379);
            case "mysql" -> List.of(3306);
            case "postgres" -> List.of(5432);
            case "mongod" -> List.of(27017);
            case "traefik" -> List.of(80);
            case "registry" -> List.of(5000);
            default -> List.of();
        };
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
