package io.dockertutor.engine.sim.process;

import io.dockertutor.engine.HostNetwork.HttpRequest;
import io.dockertutor.engine.HostNetwork.HttpResponse;
import java.time.Instant;
import java.util.List;

/**
 * busybox {@code httpd -f -p PORT -h DIR}: serves DIR in the foreground without logging; as PID 1 it has no
 * SIGTERM handler, so {@code docker stop} ends it after the timeout with 137.
 */
class BusyboxHttpd extends StaticWebServer {
    private final List<String> argv;

    BusyboxHttpd(List<String> argv, int port, String root) {
        super(port, root);
        this.argv = List.copyOf(argv);
    }

    /** Reads {@code -p [IP:]PORT} and {@code -h DIR} from httpd's arguments; defaults are port 80 and {@code .}. */
    static BusyboxHttpd of(List<String> argv, String workingDir) {
        int port = 80;
        String root = workingDir.isEmpty() ? "/" : workingDir;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("-p") && i + 1 < argv.size()) {
                String p = argv.get(++i);
                port = Integer.parseInt(p.substring(p.lastIndexOf(':') + 1).replaceAll("\\D", "0"));
            } else if (a.equals("-h") && i + 1 < argv.size()) {
                root = argv.get(++i);
            }
        }
        return new BusyboxHttpd(argv, port, root);
    }

    @Override
    public Started start(ProgramContext ctx) {
        return Started.running(List.of());
    }

    @Override
    HttpResponse answer(int status, String reason, byte[] body, String type, Instant modified, ProgramContext ctx) {
        return new HttpResponse("HTTP/1.1", status, reason, headers("Date", HTTP_DATE.format(ctx.now()), "Connection", "close",
                "Content-type", type, "Accept-Ranges", "bytes", "Last-Modified", HTTP_DATE.format(modified),
                "ETag", String.format("\"%x-%x\"", modified.getEpochSecond(), body.length),
                "Content-Length", String.valueOf(body.length)), body);
    }

    @Override
    HttpResponse notFound(ProgramContext ctx) {
        byte[] body = bytes("<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>\n<BODY><H1>404 Not Found</H1>\n"
                + "The requested URL was not found\n</BODY></HTML>\n");
        return new HttpResponse("HTTP/1.1", 404, "Not Found", headers("Date", HTTP_DATE.format(ctx.now()), "Connection", "close",
                "Content-type", "text/html"), body);
    }

    @Override
    List<Line> accessLog(HttpRequest request, HttpResponse response, String clientIp, Instant when) {
        return List.of();
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
