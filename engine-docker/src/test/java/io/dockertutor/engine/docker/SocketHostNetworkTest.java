package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.HostNetwork.ConnectionFailure.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Real sockets on the loopback: an answer read to its end, and curl's failure classes. */
class SocketHostNetworkTest {
    private final SocketHostNetwork network = new SocketHostNetwork(2000);

    /** Serves one connection: reads the request head, then answers {@code answer} (null: closes at once). */
    private static ServerSocket serveOnce(String answer, AtomicReference<String> request) throws IOException {
        ServerSocket server = new ServerSocket(0);
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    head.append((char) in.read());
                }
                request.set(head.toString());
                if (answer != null) {
                    s.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
                }
            } catch (IOException ignored) {
                // the test asserts on what the client saw
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    void anAnswerKeepsItsHeadersInOrderAndItsBody() throws Exception {
        AtomicReference<String> request = new AtomicReference<>();
        try (ServerSocket server = serveOnce("HTTP/1.1 200 OK\r\nContent-type: text/html\r\nContent-Length: 5\r\n\r\nhello", request)) {
            HostNetwork.HttpResponse r = network.send(HostNetwork.HttpRequest.get("127.0.0.1", server.getLocalPort(), "/x"));

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.reason()).isEqualTo("OK");
            assertThat(r.headers()).extracting(h -> h.getKey()).containsExactly("Content-type", "Content-Length");
            assertThat(r.bodyText()).isEqualTo("hello");
            assertThat(request.get()).startsWith("GET /x HTTP/1.1\r\nHost: 127.0.0.1:" + server.getLocalPort() + "\r\n")
                    .contains("User-Agent: curl/").contains("Accept: */*");
        }
    }

    @Test
    void aServerThatClosesWithoutAnsweringIsAnEmptyReply() throws Exception {
        try (ServerSocket server = serveOnce(null, new AtomicReference<>())) {
            assertThatThrownBy(() -> network.send(HostNetwork.HttpRequest.get("127.0.0.1", server.getLocalPort(), "/")))
                    .isInstanceOfSatisfying(HostNetwork.ConnectionFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EMPTY_REPLY));
        }
    }

    @Test
    void aPortNobodyListensOnIsRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> network.send(HostNetwork.HttpRequest.get("127.0.0.1", closed, "/")))
                .isInstanceOfSatisfying(HostNetwork.ConnectionFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));
    }

    @Test
    void anUnknownHostIsUnresolved() {
        assertThatThrownBy(() -> network.send(HostNetwork.HttpRequest.get("no-such-host.invalid", 80, "/")))
                .isInstanceOfSatisfying(HostNetwork.ConnectionFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.UNRESOLVED));
    }
}
