package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code md5sum}, {@code sha1sum}, {@code sha256sum}, {@code sha512sum}: the real digest of each file's content
 * ({@code HASH  NAME}), or with {@code -c} the check of such lines, as coreutils and busybox word it.
 */
final class Digest {
    private Digest() {
    }

    static Command of(String algorithm) {
        return call -> run(call, algorithm);
    }

    private static int run(Invocation call, String algorithm) throws IOException {
        boolean check = false;
        List<String> files = new ArrayList<>();
        for (String a : call.args()) {
            if (a.matches("-[cbtw]+") || a.equals("--check")) {
                check |= a.contains("c");
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            files.add("-");
        }
        int status = 0;
        for (String f : files) {
            byte[] data;
            try {
                data = Inputs.read(call, f);
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                status = DirectoryReadWords.DIGEST.report(call, f);
                continue;
            } catch (IOException e) {
                AppletFileErrors.READ.print(call, call.name(), f, e.getMessage());
                status = 1;
                continue;
            }
            if (check) {
                status |= check(call, algorithm, new String(data, java.nio.charset.StandardCharsets.UTF_8));
            } else {
                call.out().println(hex(algorithm, data) + "  " + f);
            }
        }
        return status;
    }

    private static int check(Invocation call, String algorithm, String list) {
        int failed = 0;
        int total = 0;
        for (String line : list.split("\n")) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = line.substring(space + 1).replaceFirst("^[ *]", "");
            total++;
            boolean ok;
            try {
                ok = hex(algorithm, Inputs.read(call, name)).equalsIgnoreCase(line.substring(0, space));
            } catch (IOException e) {
                AppletFileErrors.READ.print(call, call.name(), name, e.getMessage());
                ok = false;
            }
            call.out().println(name + ": " + (ok ? "OK" : "FAILED"));
            failed += ok ? 0 : 1;
        }
        if (failed > 0) {
            call.err().println(call.shell().userland() == Userland.BUSYBOX
                    ? call.name() + ": WARNING: " + failed + " of " + total + " computed checksums did NOT match"
                    : call.name() + ": WARNING: " + failed + " computed checksum" + (failed > 1 ? "s" : "") + " did NOT match");
        }
        return failed > 0 ? 1 : 0;
    }

    static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
