package io.dockertutor.serve.web;

import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** The network address a WebSocket or a request comes from (the peer's IP, without the port). */
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

    static String address(Context ctx) {
        return ctx.req().getRemoteAddr();
    }
}
