package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stat [-L] [-c FORMAT] FILE...}: the default report of coreutils 9.1 and busybox, or FORMAT's {@code %}
 * sequences ({@link StatFields}) per file. GNU also takes {@code --format=FORMAT}; busybox has no long options.
 */
final class Stat {
    private Stat() {
    }

    static int run(Invocation call) {
        boolean gnu = call.shell().userland() == Userland.GNU;
        boolean follow = false;
        String format = null;
        List<String> files = new ArrayList<>();
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-L") || gnu && a.equals("--dereference")) {
                follow = true;
            } else if (a.equals("-c") || gnu && (a.equals("--format") || a.equals("--printf"))) {
                if (i + 1 == args.size()) {
                    return Usage.fail(call, "option requires an argument -- 'c'", 1);
                }
                format = args.get(++i);
            } else if (a.startsWith("-c") && a.length() > 2) {
                format = a.substring(2);
            } else if (gnu && a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        FileOwners owners = FileOwners.of(call);
        int status = 0;
        for (String f : files) {
            try {
                Path p = follow ? call.resolve(f) : call.resolveEntry(f);
                StatFields fields = new StatFields(f, p, owners);
                call.out().print(format != null ? formatted(fields, format, gnu) + "\n" : report(fields, gnu));
            } catch (OutsideViewException | IOException e) {
                String reason = e instanceof OutsideViewException o ? call.reason(o) : Errors.describe((IOException) e);
                call.err().println(gnu ? "stat: cannot statx " + Quoting.always(f) + ": " + reason
                        : "stat: can't stat '" + f + "': " + reason);
                status = 1;
            }
        }
        return status;
    }

    static String formatted(StatFields fields, String format, boolean gnu) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char letter = format.charAt(++i);
            String value = letter == '%' ? "%" : fields.field(letter, gnu);
            out.append(value == null ? "?" : value);
        }
        return out.toString();
    }

    /** The default report: GNU's with a Birth line and a "major,minor" device, busybox's with "hex h/decimal d". */
    private static String report(StatFields f, boolean gnu) {
        String file = f.isLink() ? (gnu ? Quoting.ifNeeded(f.name()) + " -> " + Quoting.ifNeeded(f.linkTarget())
                : "'" + f.name() + "' -> '" + f.linkTarget() + "'") : gnu ? Quoting.ifNeeded(f.name()) : f.name();
        String device = gnu ? "0," + StatFields.DEVICE_MINOR
                : Integer.toHexString(StatFields.DEVICE_MINOR) + "h/" + StatFields.DEVICE_MINOR + "d";
        StringBuilder sb = new StringBuilder();
        sb.append("  File: ").append(file).append('\n');
        sb.append(String.format("  Size: %-10d\tBlocks: %-10d IO Block: %-6d %s%n", f.size(), f.blocks(), 4096, f.type()));
        sb.append(String.format("Device: %s\tInode: %-11d Links: %d%n", device, f.inode(), f.links()));
        sb.append(String.format("Access: (%04o/%10.10s)  Uid: (%5d/%8s)   Gid: (%5d/%8s)%n", f.mode(), f.symbolicMode(),
                f.uid(), f.user(), f.gid(), f.group()));
        sb.append("Access: ").append(StatFields.time(f.accessed())).append('\n');
        sb.append("Modify: ").append(StatFields.time(f.modified())).append('\n');
        sb.append("Change: ").append(StatFields.time(f.modified())).append('\n');
        if (gnu) {
            sb.append(" Birth: ").append(StatFields.time(f.modified())).append('\n');
        }
        return sb.toString();
    }
}
