package io.dockertutor.serve.web;

import io.javalin.websocket.WsContext;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** The network address a WebSocket comes from (the peer's IP, without the port). */
final class Peers {
    private Peers() {
    }

    static String address(WsContext ctx) {
        SocketAddress remote = ctx.session.getRemoteSocketAddress();
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }
}
