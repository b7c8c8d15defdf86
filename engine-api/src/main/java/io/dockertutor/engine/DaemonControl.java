package io.dockertutor.engine;

/**
 * Stopping and starting the daemon itself, as {@code systemctl restart docker} does. Only engines the tutor owns
 * offer it (the simulated one); a real engine answers {@link Engine#daemonControl()} with empty.
 */
public interface DaemonControl {
    /** Stops every container as a daemon shutdown does, then starts the daemon and the containers its policies bring back. */
    void restart();

    void stop();

    void start();

    boolean running();
}
