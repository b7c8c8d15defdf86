package io.dockertutor.sh.builtins;

import java.util.OptionalInt;

/**
 * A {@code chmod} MODE: octal ({@code 644}, {@code 1777}) or symbolic clauses ({@code u+x,go-w}, {@code a=r},
 * {@code +t}, {@code g=u}), applied to a file's current mode as coreutils and busybox apply them: without a
 * "who", the umask (022 in a container's shell) keeps its bits from being set.
 */
final class ModeSpec {
    private static final int UMASK = 022;
    private static final int SET_ID = 06000;

    private ModeSpec() {
    }

    /** Whether {@code text} is a mode chmod accepts. */
    static boolean valid(String text) {
        return apply(text, 0644, false).isPresent();
    }

    /** The mode {@code text} gives a file whose mode is {@code old}; empty when the text is no mode. */
    static OptionalInt apply(String text, int old, boolean directory) {
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '7')) {
            if (text.length() > 4) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(text, 8));
        }
        int mode = old;
        for (String clause : text.split(",", -1)) {
            int i = 0;
            int who = 0;
            while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
                who |= switch (clause.charAt(i++)) {
                    case 'u' -> 04700;
                    case 'g' -> 02070;
                    case 'o' -> 01007;
                    default -> 07777;
                };
            }
            if (i == clause.length()) {
                return OptionalInt.empty();
            }
            while (i < clause.length()) {
                char op = clause.charAt(i++);
                if ("+-=".indexOf(op) < 0) {
                    return OptionalInt.empty();
                }
                int bits = 0;
                int start = i;
                while (i < clause.length() && "rwxXstugo".indexOf(clause.charAt(i)) >= 0) {
                    char c = clause.charAt(i++);
                    bits |= switch (c) {
                        case 'r' -> 0444;
                        case 'w' -> 0222;
                        case 'x' -> 0111;
                        case 'X' -> directory || (mode & 0111) != 0 ? 0111 : 0;
                        case 's' -> SET_ID;
                        case 't' -> FileModes.STICKY;
                        case 'u' -> copy((mode >> 6) & 7);
                        case 'g' -> copy((mode >> 3) & 7);
                        default -> copy(mode & 7);
                    };
                }
                if (i > start && "ugo".indexOf(clause.charAt(start)) >= 0 && i - start > 1) {
                    return OptionalInt.empty(); // a copied class stands alone (g=u, not g=ur)
                }
                int affected = who == 0 ? 07777 & ~UMASK : who;
                int mask = who == 0 ? 07777 : who;
                bits &= affected;
                mode = switch (op) {
                    case '+' -> mode | bits;
                    case '-' -> mode & ~bits;
                    default -> (mode & ~(mask & ~(directory ? SET_ID : 0))) | bits;
                };
            }
        }
        return OptionalInt.of(mode);
    }

    /** The three bits of one class, copied to all three. */
    private static int copy(int three) {
        return three << 6 | three << 3 | three;
    }
}
