package io.dockertutor.engine.sim.process;

import io.dockertutor.engine.HostNetwork.HttpRequest;
import io.dockertutor.engine.HostNetwork.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A program built in the simulator from the learner's source ({@code go build} of a main.go): an HTTP server that
 * listens on the port its source names and answers each request with what the matching handler writes, as Go's
 * net/http would (headers, {@code 404 page not found}, exit status 2 on SIGTERM). A program the model could not
 * understand still runs, and says so in its log instead of pretending.
 */
final class BuiltProgram implements Program {
    private final List<String> argv;
    private final ProgramSpec spec;

    BuiltProgram(List<String> argv, ProgramSpec spec) {
        this.argv = List.copyOf(argv);
        this.spec = spec;
    }

    @Override
    public Started start(ProgramContext ctx) {
        if (spec.modelled()) {
            return Started.running(List.of());
        }
        return Started.running(List.of(Line.err(message("program.notModelled", argv.get(0), spec.source()))));
    }

    @Override
    public SignalOutcome signal(String signal, ProgramContext ctx) {
        // The Go runtime handles SIGINT, SIGTERM and SIGHUP itself, so even as PID 1 it exits (status 2).
        if (spec.language().equals("go") && List.of("SIGTERM", "SIGINT", "SIGHUP").contains(signal)) {
            return SignalOutcome.exit(2, List.of());
        }
        return Signals.defaultAction(signal, true);
    }

    @Override
    public List<Integer> listening() {
        return spec.modelled() ? List.of(spec.port()) : List.of();
    }

    @Override
    public Optional<HttpResponse> http(int port, HttpRequest request, String clientIp, ProgramContext ctx, List<Line> log) {
        if (!spec.modelled() || port != spec.port()) {
            return Optional.empty();
        }
        String path = request.path().isEmpty() ? "/" : request.path().replaceAll("\\?.*$", "");
        String body = route(path);
        String date = StaticWebServer.HTTP_DATE.format(ctx.now());
        HttpResponse response;
        if (body == null) {
            byte[] b = "404 page not found\n".getBytes(StandardCharsets.UTF_8);
            response = new HttpResponse("HTTP/1.1", 404, "Not Found", StaticWebServer.headers(
                    "Content-Type", "text/plain; charset=utf-8", "X-Content-Type-Options", "nosniff",
                    "Date", date, "Content-Length", String.valueOf(b.length)), b);
        } else {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            response = new HttpResponse("HTTP/1.1", 200, "OK", StaticWebServer.headers(
                    "Date", date, "Content-Length", String.valueOf(b.length), "Content-Type", contentType(body)), b);
        }
        if (request.method().equals("HEAD")) {
            response = new HttpResponse(response.protocol(), response.status(), response.reason(), response.headers(), new byte[0]);
        }
        return Optional.of(response);
    }

    /** Go's ServeMux: an exact pattern wins, else the longest pattern ending in "/" that prefixes the path. */
    private String route(String path) {
        String best = null;
        for (Map.Entry<String, String> r : spec.routes().entrySet()) {
            String pattern = r.getKey();
            if (pattern.equals(path)) {
                return r.getValue();
            }
            if (pattern.endsWith("/") && path.startsWith(pattern) && (best == null || pattern.length() > best.length())) {
                best = pattern;
            }
        }
        return best == null ? null : spec.routes().get(best);
    }

    /** net/http's DetectContentType for the texts a handler writes. */
    private static String contentType(String body) {
        String t = body.stripLeading().toLowerCase(Locale.ROOT);
        return t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<h") || t.startsWith("<p")
                ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }

    static String message(String key, Object... args) {
        Locale locale = Locale.getDefault();
        ResourceBundle bundle = ResourceBundle.getBundle("io.dockertutor.engine.sim.process.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
