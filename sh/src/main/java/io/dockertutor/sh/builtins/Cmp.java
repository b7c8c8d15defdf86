package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cmp [-l] [-s] FILE1 [FILE2]}: the first differing byte and its line (GNU "byte", busybox "char"), the
 * differing bytes with {@code -l}, nothing with {@code -s}; status 0 same, 1 different, 2 trouble (diffutils 3.8,
 * busybox 1.36.1).
 */
final class Cmp {
    private Cmp() {
    }

    static int run(Invocation call) {
        boolean gnu = call.shell().userland() == Userland.GNU;
        boolean list = false;
        boolean silent = false;
        List<String> files = new ArrayList<>();
        for (String a : call.args()) {
            if (a.matches("-[ls]+")) {
                list |= a.contains("l");
                silent |= a.contains("s");
            } else if (a.equals("--silent") || a.equals("--quiet")) {
                silent = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                if (!gnu) {
                    return BusyboxUsage.refuse(call, a.startsWith("--") ? "unrecognized option '" + a + "'"
                            : "invalid option -- '" + a.charAt(1) + "'");
                }
                call.err().println("cmp: " + (a.startsWith("--") ? "unrecognized option '" + a + "'"
                        : "invalid option -- '" + a.charAt(1) + "'"));
                call.err().println("cmp: Try 'cmp --help' for more information.");
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            if (!gnu) {
                return BusyboxUsage.show(call);
            }
            call.err().println("cmp: missing operand after 'cmp'");
            call.err().println("cmp: Try 'cmp --help' for more information.");
            return 2;
        }
        if (files.size() == 1) {
            files.add("-");
        }
        if (gnu && sameFile(call, files.get(0), files.get(1))) {
            return 0; // GNU cmp answers a file compared with itself without reading it (a directory too)
        }
        byte[][] data = new byte[2][];
        for (int i = 0; i < 2; i++) {
            try {
                data[i] = Inputs.read(call, files.get(i));
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                return DirectoryReadWords.CMP.report(call, files.get(i));
            } catch (IOException e) {
                call.err().println("cmp: " + files.get(i) + ": " + e.getMessage());
                return 2;
            }
        }
        return compare(call, files, data[0], data[1], list, silent, gnu);
    }

    private static boolean sameFile(Invocation call, String a, String b) {
        if (a.equals("-") || b.equals("-")) {
            return a.equals(b);
        }
        try {
            java.nio.file.Path first = call.resolve(a);
            return first.equals(call.resolve(b)) && java.nio.file.Files.exists(first);
        } catch (io.dockertutor.sh.OutsideViewException | RuntimeException e) {
            return false;
        }
    }

    private static int compare(Invocation call, List<String> names, byte[] a, byte[] b, boolean list, boolean silent,
                               boolean gnu) {
        int n = Math.min(a.length, b.length);
        int line = 1;
        boolean differ = false;
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                differ = true;
                if (silent) {
                    return 1;
                }
                if (!list) {
                    call.out().println(names.get(0) + " " + names.get(1) + " differ: " + (gnu && Quoting.utf8Locale(call.shell()) ? "byte " : "char ")
                            + (i + 1) + ", line " + line);
                    return 1;
                }
                call.out().printf("%d %3o %3o%n", i + 1, a[i] & 0xff, b[i] & 0xff);
            }
            if (a[i] == '\n') {
                line++;
            }
        }
        if (a.length == b.length) {
            return differ ? 1 : 0;
        }
        if (!silent) {
            String shorter = names.get(a.length < b.length ? 0 : 1);
            String name = shorter.equals("-") && gnu ? "-" : shorter;
            if (!gnu) {
                call.err().println("cmp: EOF on " + name);
            } else if (n == 0) {
                call.err().println("cmp: EOF on " + name + " which is empty");
            } else {
                call.err().println("cmp: EOF on " + name + " after byte " + n + (list ? "" : ", line " + (line - 1 + (a[n - 1] == '\n' ? 0 : 1))));
            }
        }
        return 1;
    }
}
