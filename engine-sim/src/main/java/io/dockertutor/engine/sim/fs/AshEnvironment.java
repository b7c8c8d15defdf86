package io.dockertutor.engine.sim.fs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which busybox ash hands its exported variables to a program it starts (shell/ash.c listvars): by
 * hash bucket of the name ({@code hashvar}: the first byte times 16 plus every byte of the name, modulo 39), and
 * within a bucket the newest variable first, as ash prepends each new variable to its bucket's chain. So
 * {@code sh -c env} in busybox lists HOSTNAME, SHLVL, HOME, A, PATH, PWD, as recorded on the lab engine.
 */
final class AshEnvironment {
    private static final int VTABSIZE = 39;

    private AshEnvironment() {
    }

    static int bucket(String name) {
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return 0;
        }
        long hash = (bytes[0] & 0xff) << 4;
        for (byte b : bytes) {
            hash += b & 0xff;
        }
        return (int) (hash % VTABSIZE);
    }

    /** {@code env} in the order ash passes it: {@code created} is the variables in the order ash created them. */
    static Map<String, String> ordered(Map<String, String> created) {
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < VTABSIZE; i++) {
            buckets.add(new ArrayList<>());
        }
        created.keySet().forEach(name -> buckets.get(bucket(name)).add(0, name));
        Map<String, String> out = new LinkedHashMap<>();
        buckets.forEach(names -> names.forEach(n -> out.put(n, created.get(n))));
        return out;
    }
}
