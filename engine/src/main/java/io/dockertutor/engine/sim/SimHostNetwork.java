package io.dockertutor.engine.sim;

import io.dockertutor.engine.HostNetwork;

/**
 * The simulated host's network: a connection reaches a container only through a port published on the host;
 * anything else is refused, as a closed port on a real host is.
 */
final class SimHostNetwork implements HostNetwork {
    @Override
    public HttpResponse send(HttpRequest request) throws ConnectionFailure {
        throw new ConnectionFailure(ConnectionFailure.Reason.REFUSED,
                "Failed to connect to " + request.host() + " port " + request.port());
    }
}
