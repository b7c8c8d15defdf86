package io.dockertutor.sh.builtins;

import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.HostNetwork.ConnectionFailure;
import io.dockertutor.engine.HostNetwork.HttpRequest;
import io.dockertutor.engine.HostNetwork.HttpResponse;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Strerror;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * busybox {@code wget} (networking/wget.c, 1.36) over {@link HostNetwork}: -q -O -S -P -T -U -c --spider --header.
 * Names resolve from where the shell runs (a container's networks); errors end the program with status 1 in
 * busybox's words ({@code bad address 'web'}, {@code can't connect to remote host (IP): Connection refused},
 * {@code server returned error: HTTP/1.1 404 Not Found}); a file it saves is never overwritten without -O.
 * Without -q it prints "Connecting to", "saving to", one progress line as busybox does when standard error is not
 * a terminal, and "saved".
 */
final class Wget {

    private final Invocation call;
    private final WgetOptions o;

    private Wget(Invocation call, WgetOptions o) {
        this.call = call;
        this.o = o;
    }

    static int run(Invocation call) throws IOException {
        WgetOptions o;
        try {
            o = WgetOptions.parse(call.args());
        } catch (WgetOptions.Invalid e) {
            if (e.getMessage() != null) {
                call.err().println("wget: " + e.getMessage());
            }
            call.err().println(BusyboxUsage.of("wget").orElseThrow());
            return 1;
        }
        Wget wget = new Wget(call, o);
        for (String url : o.urls) {
            int status = wget.fetch(url);
            if (status != 0) {
                return status; // busybox dies at the first failure
            }
        }
        return 0;
    }

    private int fetch(String typed) throws IOException {
        String rest = typed;
        int port = 80;
        int scheme = typed.indexOf("://");
        if (scheme >= 0) {
            String name = typed.substring(0, scheme);
            switch (name) {
                case "http" -> port = 80;
                case "https" -> port = 443;
                case "ftp" -> port = 21;
                default -> {
                    return die("not an http or ftp url: " + typed);
                }
            }
            rest = typed.substring(scheme + 3);
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        String host = hostPort;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                return die("bad port spec '" + hostPort.substring(colon + 1) + "'");
            }
        }
        HostNetwork network = call.shell().network();
        Optional<String> address = network == null ? Optional.empty() : network.resolve(host);
        if (address.isEmpty()) {
            return die("bad address '" + host + "'");
        }
        if (!o.quiet) {
            call.err().println("Connecting to " + host + " (" + address.get() + ":" + port + ")");
        }
        HttpResponse response;
        try {
            response = network.send(new HttpRequest("GET", host, port, path, List.of(
                    new AbstractMap.SimpleEntry<>("Host", port == 80 ? host : host + ":" + port),
                    new AbstractMap.SimpleEntry<>("User-Agent", o.userAgent),
                    new AbstractMap.SimpleEntry<>("Connection", "close"))));
        } catch (ConnectionFailure f) {
            return switch (f.reason()) {
                case REFUSED, UNRESOLVED -> die("can't connect to remote host (" + address.get() + "): Connection refused");
                case TIMEOUT -> die("download timed out");
                default -> die("error getting response: Connection reset by peer");
            };
        }
        String statusLine = response.protocol() + " " + response.status() + " " + response.reason();
        if (o.serverResponse) {
            call.err().println("  " + statusLine);
            for (Map.Entry<String, String> h : response.headers()) {
                call.err().println("  " + h.getKey() + ": " + h.getValue());
            }
            call.err().println("  ");
        }
        if (response.status() != 200 && response.status() != 204 && (response.status() < 300 || response.status() > 308)) {
            return die("server returned error: " + statusLine);
        }
        if (o.spider) {
            if (!o.quiet) {
                call.err().println("remote file exists");
            }
            return 0;
        }
        return save(path, response.body());
    }

    private int save(String path, byte[] body) throws IOException {
        boolean toStdout = "-".equals(o.output);
        String name = o.output;
        if (name == null) {
            String last = path.substring(path.lastIndexOf('/') + 1);
            int query = last.indexOf('?');
            name = query >= 0 ? last.substring(0, query) : last;
            name = name.isEmpty() ? "index.html" : name;
            name = o.prefix == null ? name : o.prefix + "/" + name;
        }
        if (!toStdout) {
            try {
                Path file = call.resolve(name);
                StandardOpenOption create = o.output == null ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE;
                try (OutputStream out = Files.newOutputStream(file, create, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(body);
                }
            } catch (FileAlreadyExistsException e) {
                return die("can't open '" + name + "': File exists");
            } catch (OutsideViewException e) {
                return die("can't open '" + name + "': Permission denied");
            } catch (IOException e) {
                return die("can't open '" + name + "': " + Strerror.of(e));
            }
        }
        if (!o.quiet) {
            call.err().println(toStdout ? "writing to stdout" : "saving to '" + name + "'");
        }
        if (toStdout) {
            call.out().write(body);
            call.out().flush();
        }
        if (!o.quiet) {
            String shown = toStdout ? "-" : name.substring(name.lastIndexOf('/') + 1);
            // libbb/progress.c's last update: all stars of the 32-column bar (80 columns less 48), no time left
            String eta = body.length == 0 ? " --:--:-- ETA" : "  0:00:00 ETA";
            call.err().println(String.format("%-20.20s %3d%% |%s| %s%s", shown, 100, "*".repeat(32),
                    size5(body.length), eta));
            call.err().println(toStdout ? "written to stdout" : "'" + name + "' saved");
        }
        return 0;
    }

    /** busybox's smart_ulltoa5: up to 99999 as digits, above that scaled by 1024 with a suffix, five columns. */
    static String size5(long bytes) {
        if (bytes <= 99999) {
            return String.format("%5d", bytes);
        }
        long v = bytes * 10;
        int idx = 0;
        do {
            v /= 1024;
            idx++;
        } while (v >= 100000);
        char suffix = " kMGTPEZY".charAt(idx);
        long u = v / 10;
        return u >= 100 ? String.format("%4d%c", u, suffix) : String.format("%2d.%d%c", u, v % 10, suffix);
    }

    private int die(String message) {
        call.err().println("wget: " + message);
        return 1;
    }
}
