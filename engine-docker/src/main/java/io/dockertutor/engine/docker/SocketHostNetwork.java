package io.dockertutor.engine.docker;

import io.dockertutor.engine.HostNetwork;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The host's real network: one HTTP/1.1 request over a plain socket, so {@code curl 127.0.0.1:8080} reaches a
 * container's published port. It sends what curl sends ({@code Host}, {@code User-Agent}, {@code Accept}) and
 * {@code Connection: close}, then reads the answer to its end (or to {@code Content-Length}). Failures are told in
 * curl's classes: refused (7), reset (56), empty reply (52), timeout (28), unresolved (6).
 */
final class SocketHostNetwork implements HostNetwork {
    private final int timeoutMillis;

    SocketHostNetwork(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws ConnectionFailure {
        InetSocketAddress address = new InetSocketAddress(request.host(), request.port());
        if (address.isUnresolved()) {
            throw new ConnectionFailure(ConnectionFailure.Reason.UNRESOLVED, "Could not resolve host: " + request.host());
        }
        try (Socket socket = new Socket()) {
            socket.connect(address, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(requestBytes(request));
            out.flush();
            byte[] answer = readAnswer(socket.getInputStream());
            if (answer.length == 0) {
                throw new ConnectionFailure(ConnectionFailure.Reason.EMPTY_REPLY, "Empty reply from server");
            }
            return HttpAnswer.parse(answer);
        } catch (ConnectException e) {
            throw new ConnectionFailure(ConnectionFailure.Reason.REFUSED, "Couldn't connect to server");
        } catch (SocketTimeoutException e) {
            throw new ConnectionFailure(ConnectionFailure.Reason.TIMEOUT, "Connection timed out after " + timeoutMillis + " milliseconds");
        } catch (UnknownHostException e) {
            throw new ConnectionFailure(ConnectionFailure.Reason.UNRESOLVED, "Could not resolve host: " + request.host());
        } catch (SocketException e) {
            throw new ConnectionFailure(ConnectionFailure.Reason.RESET, "Recv failure: Connection reset by peer");
        } catch (IOException e) {
            throw new ConnectionFailure(ConnectionFailure.Reason.RESET, e.getMessage());
        }
    }

    static byte[] requestBytes(HttpRequest request) {
        StringBuilder b = new StringBuilder();
        b.append(request.method()).append(' ').append(request.path().isEmpty() ? "/" : request.path()).append(" HTTP/1.1\r\n");
        List<String> given = new ArrayList<>();
        request.headers().forEach(h -> given.add(h.getKey().toLowerCase(java.util.Locale.ROOT)));
        String host = request.port() == 80 ? request.host() : request.host() + ":" + request.port();
        if (!given.contains("host")) {
            b.append("Host: ").append(host).append("\r\n");
        }
        if (!given.contains("user-agent")) {
            b.append("User-Agent: curl/7.88.1\r\n");
        }
        if (!given.contains("accept")) {
            b.append("Accept: */*\r\n");
        }
        for (Map.Entry<String, String> h : request.headers()) {
            b.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        b.append("Connection: close\r\n\r\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Reads until the server closes, or until the body's Content-Length has arrived. */
    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            all.write(chunk, 0, n);
            if (HttpAnswer.complete(all.toByteArray())) {
                break;
            }
        }
        return all.toByteArray();
    }
}
