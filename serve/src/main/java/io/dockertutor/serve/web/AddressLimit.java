package io.dockertutor.serve.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How many terminal connections each network address holds open, within a maximum. */
final class AddressLimit {
    private final int max;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    AddressLimit(int max) {
        this.max = max;
    }

    /** Counts one more connection from {@code address}; false (and nothing counted) when it has its maximum. */
    boolean acquire(String address) {
        boolean[] granted = {false};
        open.compute(address, (a, n) -> {
            int now = n == null ? 0 : n;
            granted[0] = now < max;
            return granted[0] ? now + 1 : n;
        });
        return granted[0];
    }

    void release(String address) {
        open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }
}
