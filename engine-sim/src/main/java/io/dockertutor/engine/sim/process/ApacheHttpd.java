package io.dockertutor.engine.sim.process;

import io.dockertutor.engine.HostNetwork.HttpRequest;
import io.dockertutor.engine.HostNetwork.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The official httpd image's {@code httpd-foreground}: Apache serving /usr/local/apache2/htdocs on port 80, its
 * start-up notices on stderr, access lines on stdout, and a graceful stop on SIGWINCH (its STOPSIGNAL) or SIGTERM.
 */
final class ApacheHttpd extends StaticWebServer {
    private static final DateTimeFormatter ERROR_LOG = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ACCESS_LOG = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String AH00558 = "AH00558: httpd: Could not reliably determine the server's fully qualified "
            + "domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message";

    private final List<String> argv;

    ApacheHttpd(List<String> argv) {
        super(80, "/usr/local/apache2/htdocs");
        this.argv = List.copyOf(argv);
    }

    @Override
    public Started start(ProgramContext ctx) {
        String t = ERROR_LOG.format(ctx.now());
        return Started.running(List.of(Line.err(AH00558), Line.err(AH00558),
                Line.err("[" + t + "] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.59 (Unix) configured -- resuming normal operations"),
                Line.err("[" + t + "] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'")));
    }

    @Override
    public SignalOutcome signal(String signal, ProgramContext ctx) {
        if (signal.equals("SIGWINCH") || signal.equals("SIGTERM") || signal.equals("SIGINT")) {
            String t = ERROR_LOG.format(ctx.now());
            return SignalOutcome.exit(0, List.of(Line.err("[" + t + "] [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully")));
        }
        return Signals.defaultAction(signal, true);
    }

    @Override
    HttpResponse answer(int status, String reason, byte[] body, String type, Instant modified, ProgramContext ctx) {
        return new HttpResponse("HTTP/1.1", status, reason, headers("Date", HTTP_DATE.format(ctx.now()),
                "Server", "Apache/2.4.59 (Unix)", "Last-Modified", HTTP_DATE.format(modified),
                "ETag", String.format("\"%x-%x\"", body.length, modified.getEpochSecond() * 1_000_000L),
                "Accept-Ranges", "bytes", "Content-Length", String.valueOf(body.length), "Content-Type", type), body);
    }

    @Override
    HttpResponse notFound(ProgramContext ctx) {
        byte[] body = bytes("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n"
                + "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n");
        return new HttpResponse("HTTP/1.1", 404, "Not Found", headers("Date", HTTP_DATE.format(ctx.now()),
                "Server", "Apache/2.4.59 (Unix)", "Content-Length", String.valueOf(body.length),
                "Content-Type", "text/html; charset=iso-8859-1"), body);
    }

    @Override
    List<Line> accessLog(HttpRequest request, HttpResponse response, String clientIp, Instant when) {
        return List.of(Line.out(clientIp + " - - [" + ACCESS_LOG.format(when) + "] \"" + request.method() + " " + request.path()
                + " HTTP/1.1\" " + response.status() + " " + response.body().length));
    }

    @Override
    public List<String> processes() {
        return List.of("httpd -DFOREGROUND", "httpd -DFOREGROUND", "httpd -DFOREGROUND", "httpd -DFOREGROUND");
    }
}
