package io.dockertutor.engine.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Docker-shaped identifiers: 64 hex digits, shown as 12; random ones from a seeded source for repeatable runs. */
final class EngineIds {
    private static final HexFormat HEX = HexFormat.of();

    private final SplittableRandom random;

    EngineIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A fresh 64-hex id, as the daemon makes for containers, volumes and networks. */
    String next() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i += 8) {
            long v = random.nextLong();
            for (int j = 0; j < 8; j++) {
                bytes[i + j] = (byte) (v >>> (8 * j));
            }
        }
        return HEX.formatHex(bytes);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** {@code sha256:} + the hash of {@code content}: ids of images and layers that the simulator makes itself. */
    static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HEX.formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The 12 hex digits Docker shows for an id, with or without its {@code sha256:} prefix. */
    static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    /** The hex part of an id. */
    static String hex(String id) {
        return id.startsWith("sha256:") ? id.substring(7) : id;
    }
}
