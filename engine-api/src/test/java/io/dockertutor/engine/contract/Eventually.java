package io.dockertutor.engine.contract;

import io.dockertutor.engine.HostNetwork;

/**
 * A server in a real container needs a moment after start before it answers; the simulated one answers at once.
 * Retries refused and reset connections for up to five seconds.
 */
final class Eventually {
    private Eventually() {
    }

    static HostNetwork.HttpResponse answer(HostNetwork network, HostNetwork.HttpRequest request) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                return network.send(request);
            } catch (HostNetwork.ConnectionFailure e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
