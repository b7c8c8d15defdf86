package io.dockertutor.engine;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * A {@code --detach-keys} value as the daemon reads it (moby/term's {@code ToBytes}): keys separated by commas, each
 * a single character, {@code ctrl-@}, {@code ctrl-a} to {@code ctrl-z}, {@code ctrl-[}, {@code ctrl-\},
 * {@code ctrl-]}, {@code ctrl-^}, {@code ctrl-_}, or {@code DEL}. Both engines and the CLI check it where the daemon
 * does: {@code docker exec} when the exec is created, {@code run}, {@code start -a} and {@code attach} when they attach.
 * <pre>{@code DetachKeys.parse("ctrl-p,ctrl-q")  // [16, 17]; DetachKeys.parse("ctrl-") is empty}</pre>
 */
public final class DetachKeys {
    private static final String CONTROLS = "@abcdefghijklmnopqrstuvwxyz[\\]^_";

    private DetachKeys() {
    }

    /** The bytes of {@code keys}, or empty when the daemon refuses them ({@code Unknown character}). */
    public static Optional<byte[]> parse(String keys) {
        ByteArrayOutputStream codes = new ByteArrayOutputStream();
        for (String key : keys.split(",", -1)) {
            if (key.length() == 1 && key.charAt(0) < 0x80) {
                codes.write(key.charAt(0));
            } else if (key.equals("DEL")) {
                codes.write(127);
            } else if (key.length() == 6 && key.startsWith("ctrl-") && CONTROLS.indexOf(key.charAt(5)) >= 0) {
                codes.write(CONTROLS.indexOf(key.charAt(5)));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(codes.toByteArray());
    }

    /** True when the daemon takes {@code keys}; an empty value means the default and is not checked. */
    public static boolean accepted(String keys) {
        return keys == null || keys.isEmpty() || parse(keys).isPresent();
    }
}
