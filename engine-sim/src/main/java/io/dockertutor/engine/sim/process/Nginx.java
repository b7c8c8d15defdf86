package io.dockertutor.engine.sim.process;

import io.dockertutor.engine.HostNetwork.HttpRequest;
import io.dockertutor.engine.HostNetwork.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * nginx as the official image runs it: the entrypoint's configuration messages, then nginx's notices; it serves
 * {@code /usr/share/nginx/html} on port 80, logs requests in the combined format to stdout, and ends cleanly
 * (exit 0) on SIGQUIT (its STOPSIGNAL) or SIGTERM.
 */
final class Nginx extends StaticWebServer {
    private static final DateTimeFormatter ERROR_LOG = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ACCESS_LOG = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String[] ENTRYPOINT_LINES = {
        "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
        "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
        "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
        "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
        "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
        "/docker-entrypoint.sh: Configuration complete; ready for start up"};

    private final List<String> argv;
    private final boolean viaEntrypoint;

    Nginx(List<String> argv, boolean viaEntrypoint) {
        super(80, "/usr/share/nginx/html");
        this.argv = List.copyOf(argv);
        this.viaEntrypoint = viaEntrypoint;
    }

    @Override
    public Started start(ProgramContext ctx) {
        List<Line> out = new ArrayList<>();
        if (viaEntrypoint) {
            for (String line : ENTRYPOINT_LINES) {
                out.add(Line.out(line));
            }
        }
        String t = ERROR_LOG.format(ctx.now());
        String version = ctx.env().getOrDefault("NGINX_VERSION", "1.27.0");
        for (String notice : new String[] {"using the \"epoll\" event method", "nginx/" + version,
            "built by gcc 12.2.0 (Debian 12.2.0-14) ", "OS: Linux 6.1.0-docker-tutor",
            "getrlimit(RLIMIT_NOFILE): 1048576:1048576", "start worker processes", "start worker process 29",
            "start worker process 30"}) {
            out.add(Line.err(t + " [notice] 1#1: " + notice));
        }
        return Started.running(out);
    }

    @Override
    public SignalOutcome signal(String signal, ProgramContext ctx) {
        String t = ERROR_LOG.format(ctx.now());
        switch (signal) {
            case "SIGQUIT":
                return SignalOutcome.exit(0, List.of(Line.err(t + " [notice] 1#1: signal 3 (SIGQUIT) received, shutting down"),
                        Line.err(t + " [notice] 29#29: gracefully shutting down"), Line.err(t + " [notice] 29#29: exiting"),
                        Line.err(t + " [notice] 29#29: exit"), Line.err(t + " [notice] 1#1: worker process 29 exited with code 0"),
                        Line.err(t + " [notice] 1#1: exit")));
            case "SIGTERM":
            case "SIGINT":
                int n = Signals.number(signal);
                return SignalOutcome.exit(0, List.of(Line.err(t + " [notice] 1#1: signal " + n + " (" + signal + ") received, exiting"),
                        Line.err(t + " [notice] 29#29: exiting"), Line.err(t + " [notice] 29#29: exit"),
                        Line.err(t + " [notice] 1#1: worker process 29 exited with code 0"), Line.err(t + " [notice] 1#1: exit")));
            case "SIGHUP":
                return SignalOutcome.ignored();
            default:
                return Signals.defaultAction(signal, true);
        }
    }

    @Override
    HttpResponse answer(int status, String reason, byte[] body, String type, Instant modified, ProgramContext ctx) {
        String version = ctx.env().getOrDefault("NGINX_VERSION", "1.27.0");
        String etag = String.format("\"%x-%x\"", modified.getEpochSecond(), body.length);
        return new HttpResponse("HTTP/1.1", status, reason, headers("Server", "nginx/" + version, "Date", HTTP_DATE.format(ctx.now()),
                "Content-Type", type, "Content-Length", String.valueOf(body.length), "Last-Modified", HTTP_DATE.format(modified),
                "Connection", "keep-alive", "ETag", etag, "Accept-Ranges", "bytes"), body);
    }

    @Override
    HttpResponse notFound(ProgramContext ctx) {
        String version = ctx.env().getOrDefault("NGINX_VERSION", "1.27.0");
        byte[] body = bytes("<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
                + "<hr><center>nginx/" + version + "</center>\r\n</body>\r\n</html>\r\n");
        return new HttpResponse("HTTP/1.1", 404, "Not Found", headers("Server", "nginx/" + version, "Date", HTTP_DATE.format(ctx.now()),
                "Content-Type", "text/html", "Content-Length", String.valueOf(body.length), "Connection", "keep-alive"), body);
    }

    @Override
    List<Line> accessLog(HttpRequest request, HttpResponse response, String clientIp, Instant when) {
        String agent = request.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("User-Agent"))
                .map(h -> h.getValue()).findFirst().orElse("-");
        return List.of(Line.out(clientIp + " - - [" + ACCESS_LOG.format(when) + "] \"" + request.method() + " " + request.path()
                + " HTTP/1.1\" " + response.status() + " " + response.body().length + " \"-\" \"" + agent + "\" \"-\""));
    }

    @Override
    public List<String> processes() {
        return List.of("nginx: master process " + String.join(" ", argv), "nginx: worker process", "nginx: worker process");
    }
}
