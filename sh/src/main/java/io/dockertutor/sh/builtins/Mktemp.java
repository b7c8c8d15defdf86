package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * {@code mktemp [-d] [-p DIR] [-t] [TEMPLATE]}: creates a new file (mode 0600) or directory (0700) whose name is the
 * template with its trailing X's replaced by random letters and digits, and prints its path. Without a template:
 * {@code $TMPDIR} or /tmp, {@code tmp.XXXXXXXXXX} in coreutils and {@code tmp.XXXXXX} in busybox.
 */
final class Mktemp {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Mktemp() {
    }

    static int run(Invocation call) {
        boolean gnu = call.shell().userland() == Userland.GNU;
        boolean directory = false;
        boolean inTmp = false;
        String dir = null;
        String template = null;
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.matches("-[dtuq]+")) {
                directory |= a.contains("d");
                inTmp |= a.contains("t");
            } else if (a.equals("-p") && i + 1 < args.size()) {
                dir = args.get(++i);
                inTmp = true;
            } else if (a.equals("--directory")) {
                directory = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else if (template == null) {
                template = a;
            } else {
                return Usage.fail(call, "too many templates", 1);
            }
        }
        if (template == null) {
            template = gnu ? "tmp.XXXXXXXXXX" : "tmp.XXXXXX";
            inTmp = true;
        }
        int xs = template.length() - template.replaceAll("X+$", "").length();
        if (xs < 3 || !gnu && xs < 6) {
            call.err().println(gnu ? Quoting.inLocale(call, "mktemp: too few X's in template ‘" + template + "’")
                    : "mktemp: (null): Invalid argument");
            return 1;
        }
        if (inTmp && !template.startsWith("/")) {
            String tmpdir = dir != null ? dir : call.env().getOrDefault("TMPDIR", "/tmp");
            template = (tmpdir.isEmpty() ? "/tmp" : tmpdir) + "/" + template;
        }
        String base = template.substring(0, template.length() - xs);
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder name = new StringBuilder(base);
            for (int i = 0; i < xs; i++) {
                name.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            }
            try {
                Path p = call.resolveEntry(name.toString());
                if (Files.exists(p)) {
                    continue;
                }
                if (directory) {
                    Files.createDirectory(p);
                } else {
                    Files.createFile(p);
                }
                FileModes.set(p, directory ? 0700 : 0600);
                call.out().println(name);
                return 0;
            } catch (OutsideViewException e) {
                call.err().println("mktemp: " + call.reason(e));
                return 1;
            } catch (IOException e) {
                call.err().println(Quoting.inLocale(call, "mktemp: failed to create " + (directory ? "directory" : "file")
                        + " via template ‘" + template + "’: " + Errors.describe(e)));
                return 1;
            }
        }
        return 1;
    }
}
