package io.dockertutor.engine;

/**
 * What the daemon does when a container's process ends: {@code no}, {@code on-failure} (up to
 * {@code maximumRetryCount} times when non-zero; 0 means without limit), {@code always}, {@code unless-stopped}.
 */
public record RestartPolicy(String name, int maximumRetryCount) {
    public static final RestartPolicy NO = new RestartPolicy("no", 0);

    public RestartPolicy {
        name = name == null || name.isEmpty() ? "no" : name;
    }
}
