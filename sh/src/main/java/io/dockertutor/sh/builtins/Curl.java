package io.dockertutor.sh.builtins;

import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.HostNetwork.ConnectionFailure;
import io.dockertutor.engine.HostNetwork.HttpRequest;
import io.dockertutor.engine.HostNetwork.HttpResponse;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * curl 7.88 (Debian bookworm) over {@link HostNetwork}: plain HTTP, -s -S -i -I -o -f -L -X -H -v -w -m.
 * Texts and exit codes are curl's own: refused 7, unresolved 6, empty reply 52, reset 56, timeout 28, -f 22.
 */
final class Curl {
    private final Invocation call;
    private final CurlOptions o;
    private final ProgressMeter meter;

    private Curl(Invocation call, CurlOptions o) {
        this.call = call;
        this.o = o;
        boolean meterOn = !o.silent && !o.verbose && (o.output != null || !call.outIsTerminal());
        this.meter = new ProgressMeter(call.err(), meterOn);
    }

    static int run(Invocation call) throws IOException {
        CurlOptions o;
        try {
            o = CurlOptions.parse(call.args());
        } catch (CurlOptions.Invalid e) {
            call.err().println("curl: " + e.getMessage());
            call.err().println("curl: try 'curl --help' or 'curl --manual' for more information");
            return 2;
        }
        if (o.urls.isEmpty()) {
            call.err().println("curl: no URL specified!");
            call.err().println("curl: try 'curl --help' or 'curl --manual' for more information");
            return 2;
        }
        Curl curl = new Curl(call, o);
        int status = 0;
        for (String url : o.urls) {
            status = curl.fetch(url);
        }
        return status;
    }

    private int fetch(String typed) throws IOException {
        CurlUrl url;
        try {
            url = CurlUrl.parse(typed);
        } catch (CurlUrl.Bad e) {
            return error(e.code, e.getMessage());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int redirects = 0;
        HttpResponse response;
        while (true) {
            HttpRequest request = new HttpRequest(o.head ? "HEAD" : o.method == null ? "GET" : o.method,
                    url.host(), url.port(), url.path(), requestHeaders(url));
            verboseRequest(request, url);
            meter.start();
            try {
                HostNetwork network = call.shell().network();
                if (network == null) {
                    throw new ConnectionFailure(ConnectionFailure.Reason.REFUSED, "no network");
                }
                response = network.send(request);
            } catch (ConnectionFailure f) {
                return failure(f, url);
            }
            verboseResponse(response);
            if (o.include || o.head) {
                output.writeBytes(headerBlock(response));
            }
            String location = header(response, "Location");
            if (o.follow && response.status() >= 300 && response.status() < 400 && location != null) {
                if (++redirects > 50) {
                    meter.done(0);
                    return error(47, "Maximum (50) redirects followed");
                }
                try {
                    url = url.follow(location);
                } catch (CurlUrl.Bad e) {
                    meter.done(0);
                    return error(e.code, e.getMessage());
                }
                continue;
            }
            break;
        }
        if (o.fail && response.status() >= 400) {
            meter.done(0);
            writeOut(response, url, 0);
            return error(22, "The requested URL returned error: " + response.status());
        }
        if (!o.head) {
            output.writeBytes(response.body());
        }
        long announced = response.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Length"))
                .map(h -> Long.parseLong(h.getValue().trim())).findFirst().orElse((long) response.body().length);
        meter.done(announced, o.head ? 0 : response.body().length);
        if (o.verbose) {
            call.err().println("* Connection #0 to host " + url.host() + " left intact");
        }
        int status = deliver(output.toByteArray());
        writeOut(response, url, o.head ? 0 : response.body().length);
        return status;
    }

    private int deliver(byte[] bytes) throws IOException {
        if (o.output == null || o.output.equals("-")) {
            call.out().write(bytes);
            return 0;
        }
        if (o.output.equals("/dev/null")) {
            return 0;
        }
        try (OutputStream file = Files.newOutputStream(call.resolve(o.output))) {
            file.write(bytes);
            return 0;
        } catch (OutsideViewException e) {
            return error(23, "Failure writing output to destination");
        } catch (IOException e) {
            return error(23, "Failure writing output to destination");
        }
    }

    private List<Map.Entry<String, String>> requestHeaders(CurlUrl url) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        list.add(new AbstractMap.SimpleEntry<>("Host", url.port() == 80 ? url.host() : url.host() + ":" + url.port()));
        list.add(new AbstractMap.SimpleEntry<>("User-Agent", "curl/7.88.1"));
        list.add(new AbstractMap.SimpleEntry<>("Accept", "*/*"));
        for (Map.Entry<String, String> h : o.headers) {
            list.removeIf(e -> e.getKey().equalsIgnoreCase(h.getKey()));
            list.add(h);
        }
        return list;
    }

    private static String header(HttpResponse response, String name) {
        for (Map.Entry<String, String> h : response.headers()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    private static byte[] headerBlock(HttpResponse r) {
        StringBuilder sb = new StringBuilder(statusLine(r)).append("\r\n");
        for (Map.Entry<String, String> h : r.headers()) {
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String statusLine(HttpResponse r) {
        return r.protocol() + " " + r.status() + (r.reason() == null || r.reason().isEmpty() ? "" : " " + r.reason());
    }

    private void verboseRequest(HttpRequest request, CurlUrl url) {
        if (!o.verbose) {
            return;
        }
        String ip = url.host().equals("localhost") ? "127.0.0.1" : url.host();
        call.err().println("*   Trying " + ip + ":" + url.port() + "...");
        call.err().println("* Connected to " + url.host() + " (" + ip + ") port " + url.port() + " (#0)");
        StringBuilder sb = new StringBuilder("> " + request.method() + " " + request.path() + " HTTP/1.1\r\n");
        for (Map.Entry<String, String> h : request.headers()) {
            sb.append("> ").append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        call.err().print(sb.append("> \r\n"));
    }

    private void verboseResponse(HttpResponse r) {
        if (o.verbose) {
            StringBuilder sb = new StringBuilder("< ").append(statusLine(r)).append("\r\n");
            for (Map.Entry<String, String> h : r.headers()) {
                sb.append("< ").append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            call.err().print(sb.append("< \r\n"));
        }
    }

    private int failure(ConnectionFailure f, CurlUrl url) {
        String where = url.host() + " port " + url.port();
        switch (f.reason()) {
            case UNRESOLVED -> {
                meter.unresolved();
                return error(6, "Could not resolve host: " + url.host());
            }
            case RESET -> {
                meter.done(0);
                return error(56, "Recv failure: Connection reset by peer");
            }
            case EMPTY_REPLY -> {
                meter.done(0);
                return error(52, "Empty reply from server");
            }
            case TIMEOUT -> {
                meter.done(0);
                long ms = o.maxTime == null ? 300000 : (long) (parseSeconds(o.maxTime) * 1000);
                return error(28, "Operation timed out after " + ms + " milliseconds with 0 bytes received");
            }
            default -> {
                if (o.verbose) {
                    call.err().println("* connect to " + url.host() + " port " + url.port() + " failed: Connection refused");
                    call.err().println("* Failed to connect to " + where + " after 0 ms: Couldn't connect to server");
                    call.err().println("* Closing connection 0");
                }
                meter.done(0);
                return error(7, "Failed to connect to " + where + " after 0 ms: Couldn't connect to server");
            }
        }
    }

    private static double parseSeconds(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private int error(int code, String message) {
        if (!o.silent || o.showError) {
            call.err().println("curl: (" + code + ") " + message);
        }
        return code;
    }

    private void writeOut(HttpResponse r, CurlUrl url, long size) {
        if (o.writeOut == null) {
            return;
        }
        String ct = header(r, "Content-Type");
        String text = o.writeOut
                .replace("%{http_code}", String.format("%03d", r.status()))
                .replace("%{response_code}", String.format("%03d", r.status()))
                .replace("%{url_effective}", url.effective())
                .replace("%{size_download}", String.valueOf(size))
                .replace("%{content_type}", ct == null ? "" : ct)
                .replace("%{num_redirects}", "0")
                .replace("%{time_total}", "0.001000")
                .replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
        call.out().print(text);
    }
}
