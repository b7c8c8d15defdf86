package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code tr [-cds] SET1 [SET2]}: translates, deletes or squeezes bytes of standard input, as coreutils and busybox
 * do. Sets take ranges ({@code a-z}), classes ({@code [:upper:]}) and escapes ({@code \n}, {@code \0}, {@code \101});
 * a shorter SET2 is padded with its last byte.
 */
final class Tr {
    private Tr() {
    }

    static int run(Invocation call) {
        boolean complement = false;
        boolean delete = false;
        boolean squeeze = false;
        int i = 0;
        var args = call.args();
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                break;
            }
            for (char c : a.substring(1).toCharArray()) {
                switch (c) {
                    case 'c', 'C' -> complement = true;
                    case 'd' -> delete = true;
                    case 's' -> squeeze = true;
                    default -> {
                        return Usage.fail(call, "invalid option -- '" + c + "'", 1);
                    }
                }
            }
        }
        var sets = args.subList(i, args.size());
        if (sets.isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        boolean translate = !delete && !(squeeze && sets.size() == 1);
        if (translate && sets.size() == 1) {
            if (call.shell().userland() == Userland.BUSYBOX) {
                return BusyboxUsage.show(call);
            }
            return Usage.fail(call, "missing operand after " + Quoting.locale(sets.get(0))
                    + "\nTwo strings must be given when translating.", 1);
        }
        int max = delete && !squeeze ? 1 : 2;
        if (sets.size() > max) {
            return Usage.fail(call, "extra operand " + Quoting.locale(sets.get(max)), 1);
        }
        byte[] set1 = expand(sets.get(0));
        boolean[] in1 = new boolean[256];
        for (byte b : set1) {
            in1[b & 0xff] = true;
        }
        if (complement) {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            for (int b = 0; b < 256; b++) {
                if (!in1[b]) {
                    rest.write(b);
                }
                in1[b] = !in1[b];
            }
            set1 = rest.toByteArray();
        }
        byte[] set2 = sets.size() > 1 ? expand(sets.get(1)) : new byte[0];
        int[] map = new int[256];
        for (int b = 0; b < 256; b++) {
            map[b] = b;
        }
        if (translate && set2.length > 0) {
            for (int k = 0; k < set1.length; k++) {
                map[set1[k] & 0xff] = set2[Math.min(k, set2.length - 1)] & 0xff;
            }
        }
        boolean[] squeezed = new boolean[256];
        for (byte b : delete || translate ? set2 : set1) {
            squeezed[b & 0xff] = squeeze;
        }
        byte[] input;
        try {
            input = call.in().readAllBytes();
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            return DirectoryReadWords.TR.report(call, null);
        } catch (IOException e) {
            return 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int last = -1;
        for (byte raw : input) {
            int b = raw & 0xff;
            if (delete && in1[b]) {
                continue;
            }
            int c = map[b];
            if (c == last && squeezed[c]) {
                continue;
            }
            out.write(c);
            last = c;
        }
        call.out().write(out.toByteArray(), 0, out.size());
        call.out().flush();
        return 0;
    }

    /** The bytes a set stands for, in order: escapes, ranges and {@code [:class:]} expanded. */
    static byte[] expand(String set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = set.length();
        int i = 0;
        while (i < n) {
            if (set.startsWith("[:", i)) {
                int end = set.indexOf(":]", i + 2);
                if (end > 0) {
                    String cls = set.substring(i + 2, end);
                    for (int b = 0; b < 128; b++) {
                        if (inClass(cls, (char) b)) {
                            out.write(b);
                        }
                    }
                    i = end + 2;
                    continue;
                }
            }
            int[] first = charAt(set, i);
            i = first[1];
            if (i + 1 < n && set.charAt(i) == '-') {
                int[] to = charAt(set, i + 1);
                for (int b = first[0]; b <= to[0]; b++) {
                    out.write(b);
                }
                i = to[1];
            } else {
                out.write(first[0]);
            }
        }
        return out.toByteArray();
    }

    /** The byte at {@code i} (an escape counts as one) and the index after it. */
    private static int[] charAt(String set, int i) {
        char c = set.charAt(i);
        if (c != '\\' || i + 1 >= set.length()) {
            return new int[] {c & 0xff, i + 1};
        }
        char e = set.charAt(i + 1);
        if (e >= '0' && e <= '7') {
            int j = i + 1;
            int v = 0;
            while (j < set.length() && j < i + 4 && set.charAt(j) >= '0' && set.charAt(j) <= '7') {
                v = v * 8 + (set.charAt(j) - '0');
                j++;
            }
            return new int[] {v & 0xff, j};
        }
        int v = switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 11;
            default -> e;
        };
        return new int[] {v, i + 2};
    }

    private static boolean inClass(String cls, char c) {
        return switch (cls) {
            case "alpha" -> Character.isLetter(c);
            case "digit" -> c >= '0' && c <= '9';
            case "alnum" -> Character.isLetterOrDigit(c);
            case "upper" -> c >= 'A' && c <= 'Z';
            case "lower" -> c >= 'a' && c <= 'z';
            case "space" -> c == ' ' || (c >= 9 && c <= 13);
            case "blank" -> c == ' ' || c == '\t';
            case "punct" -> c > 32 && c < 127 && !Character.isLetterOrDigit(c);
            case "xdigit" -> Character.digit(c, 16) >= 0;
            case "cntrl" -> c < 32 || c == 127;
            case "print" -> c >= 32 && c < 127;
            case "graph" -> c > 32 && c < 127;
            default -> false;
        };
    }
}
