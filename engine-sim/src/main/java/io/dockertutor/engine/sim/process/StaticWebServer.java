package io.dockertutor.engine.sim.process;

import io.dockertutor.engine.HostNetwork.HttpRequest;
import io.dockertutor.engine.HostNetwork.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What nginx, busybox httpd and Apache have in common here: they serve the files under a document root on one
 * port, answer 404 for a missing file, and log each request. Subclasses say how they greet, log and sign answers.
 */
abstract class StaticWebServer implements Program {
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    final int port;
    final String root;

    StaticWebServer(int port, String root) {
        this.port = port;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    @Override
    public List<Integer> listening() {
        return List.of(port);
    }

    @Override
    public Optional<HttpResponse> http(int requestPort, HttpRequest request, String clientIp, ProgramContext ctx, List<Line> log) {
        if (requestPort != port) {
            return Optional.empty();
        }
        String path = request.path().isEmpty() ? "/" : request.path();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String file = root + (path.endsWith("/") ? path + "index.html" : path);
        Optional<byte[]> body = ctx.readFile(file);
        HttpResponse response = body
                .map(b -> answer(200, "OK", b, contentType(file), ctx.modified(file).orElse(ctx.now()), ctx))
                .orElseGet(() -> notFound(ctx));
        if (request.method().equals("HEAD")) {
            response = new HttpResponse(response.protocol(), response.status(), response.reason(), response.headers(), new byte[0]);
        }
        log.addAll(accessLog(request, response, clientIp, ctx.now()));
        return Optional.of(response);
    }

    abstract HttpResponse answer(int status, String reason, byte[] body, String type, Instant modified, ProgramContext ctx);

    abstract HttpResponse notFound(ProgramContext ctx);

    abstract List<Line> accessLog(HttpRequest request, HttpResponse response, String clientIp, Instant when);

    static List<Map.Entry<String, String>> headers(String... pairs) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return out;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String contentType(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".html") || f.endsWith(".htm")) {
            return "text/html";
        } else if (f.endsWith(".css")) {
            return "text/css";
        } else if (f.endsWith(".js")) {
            return "application/javascript";
        } else if (f.endsWith(".json")) {
            return "application/json";
        } else if (f.endsWith(".png")) {
            return "image/png";
        } else if (f.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }
}
