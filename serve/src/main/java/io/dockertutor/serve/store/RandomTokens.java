package io.dockertutor.serve.store;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Unguessable tokens (128 bits from {@link SecureRandom}, URL-safe Base64) and their constant-time comparison: the
 * learners' session tokens, the teacher's token and the class code's check all use these.
 */
public final class RandomTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** 22 URL-safe characters carrying 128 random bits: a cookie and a URL hold them as they are. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code given} is {@code expected}, in a time that does not depend on where they differ. */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
