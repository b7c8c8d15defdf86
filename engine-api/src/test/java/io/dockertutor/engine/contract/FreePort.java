package io.dockertutor.engine.contract;

import java.io.IOException;
import java.net.ServerSocket;

/** A host port nothing listens on now, so a published port does not collide with the machine's other work. */
final class FreePort {
    private FreePort() {
    }

    static int find() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
