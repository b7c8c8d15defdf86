package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code readlink [-f] [-n] FILE} (a link's text, or with -f the path every link leads to) and {@code realpath FILE...}.
 * Paths are followed by the shell's file view, so a canonical path never leaves the container. GNU accepts a
 * missing last component ({@code realpath new.txt}); busybox wants the whole path to exist.
 */
final class Readlink {
    private Readlink() {
    }

    static int readlink(Invocation call) {
        boolean canonical = false;
        boolean newline = true;
        List<String> files = new ArrayList<>();
        for (String a : call.args()) {
            if (a.matches("-[fenmvsqz]+")) {
                canonical |= a.matches(".*[fem].*");
                newline &= !a.contains("n");
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        if (files.isEmpty() || busybox && files.size() > 1) {
            return Usage.fail(call, "missing operand", 1);
        }
        int status = 0;
        for (String f : files) {
            String text = canonical ? canonical(call, f, !busybox) : linkText(call, f);
            if (text == null) {
                status = 1;
            } else {
                call.out().print(text + (newline ? "\n" : ""));
            }
        }
        return status;
    }

    static int realpath(Invocation call) {
        List<String> files = new ArrayList<>();
        for (String a : call.args()) {
            if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            }
            files.add(a);
        }
        if (files.isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        boolean gnu = call.shell().userland() == Userland.GNU;
        int status = 0;
        for (String f : files) {
            String text = canonical(call, f, gnu);
            if (text == null) {
                call.err().println("realpath: " + f + ": No such file or directory");
                status = 1;
            } else {
                call.out().println(text);
            }
        }
        return status;
    }

    /** The link's stored target, or null when {@code f} is no link. */
    private static String linkText(Invocation call, String f) {
        try {
            Path p = call.resolveEntry(f);
            return Files.isSymbolicLink(p) ? Files.readSymbolicLink(p).toString() : null;
        } catch (OutsideViewException | IOException e) {
            return null;
        }
    }

    /** Every link followed; null when the path (or, with {@code missingLastOk}, its directory) does not exist. */
    static String canonical(Invocation call, String f, boolean missingLastOk) {
        try {
            String real = call.shell().files().realShellPath(call.shell().files().absolute(call.shell().cwd(), f));
            if (Files.exists(call.shell().files().resolve(real))) {
                return real;
            }
            String parent = real.equals("/") ? "/" : ShellPaths.normalize(real, "..");
            Path dir = call.shell().files().resolve(parent);
            return missingLastOk && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) ? real : null;
        } catch (OutsideViewException e) {
            return null;
        }
    }
}
