package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code truncate [-c] -s SIZE FILE...}: cuts a file to SIZE bytes or extends it with zero bytes, creating it
 * unless {@code -c}. SIZE takes K, M and G suffixes (powers of 1024) and a leading + or - for relative sizes.
 */
final class Truncate {
    private Truncate() {
    }

    static int run(Invocation call) {
        boolean gnu = call.shell().userland() == Userland.GNU;
        boolean noCreate = false;
        String size = null;
        List<String> files = new ArrayList<>();
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-c") || a.equals("--no-create")) {
                noCreate = true;
            } else if (a.equals("-s") && i + 1 < args.size()) {
                size = args.get(++i);
            } else if (a.startsWith("-s") && a.length() > 2 || a.startsWith("--size=")) {
                size = a.substring(a.startsWith("-s") ? 2 : "--size=".length());
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        if (size == null) {
            return Usage.fail(call, gnu ? "you must specify either ‘--size’ or ‘--reference’" : "missing operand", 1);
        }
        if (files.isEmpty()) {
            return Usage.fail(call, "missing file operand", 1);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-]?)(\\d+)([kKMG]?)").matcher(size);
        if (!m.matches()) {
            call.err().println(gnu ? Quoting.inLocale(call, "truncate: Invalid number: ‘" + size + "’")
                    : "truncate: invalid number '" + size + "'");
            return 1;
        }
        long bytes = Long.parseLong(m.group(2)) << switch (m.group(3)) {
            case "k", "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        int status = 0;
        for (String f : files) {
            try {
                Path p = call.resolve(f);
                if (noCreate && !Files.exists(p)) {
                    continue;
                }
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    long target = switch (m.group(1)) {
                        case "+" -> ch.size() + bytes;
                        case "-" -> Math.max(0, ch.size() - bytes);
                        default -> bytes;
                    };
                    if (target < ch.size()) {
                        ch.truncate(target);
                    } else if (target > ch.size()) {
                        ch.write(java.nio.ByteBuffer.allocate((int) Math.min(target - ch.size(), 64L << 20)), ch.size());
                    }
                }
            } catch (OutsideViewException e) {
                call.err().println("truncate: " + f + ": " + call.reason(e));
                status = 1;
            } catch (IOException e) {
                call.err().println(gnu ? "truncate: cannot open " + Quoting.always(f) + " for writing: " + Errors.describe(e)
                        : "truncate: " + f + ": open: " + Errors.describe(e));
                status = 1;
            }
        }
        return status;
    }
}
