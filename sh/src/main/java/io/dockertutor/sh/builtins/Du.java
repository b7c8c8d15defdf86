package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code du [-s] [-a] [-h] [-c] [-d N] [FILE...]}: disk usage in 1K units, each file taking whole 4K blocks and
 * each directory one block of its own, as on the ext4 and overlayfs disks under Docker. Links are not followed.
 */
final class Du {
    private Du() {
    }

    private record Options(boolean summary, boolean all, boolean human, int maxDepth) {
    }

    static int run(Invocation call) {
        boolean summary = false;
        boolean all = false;
        boolean human = false;
        boolean total = false;
        int depth = Integer.MAX_VALUE;
        List<String> files = new ArrayList<>();
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.matches("-[sahckxL]+")) {
                summary |= a.contains("s");
                all |= a.contains("a");
                human |= a.contains("h");
                total |= a.contains("c");
            } else if ((a.equals("-d") || a.equals("--max-depth")) && i + 1 < args.size() && args.get(i + 1).matches("\\d+")) {
                depth = Integer.parseInt(args.get(++i));
            } else if (a.matches("-d\\d+|--max-depth=\\d+")) {
                depth = Integer.parseInt(a.replaceAll("\\D", ""));
            } else if (a.equals("--summarize") || a.equals("--human-readable") || a.equals("--all")) {
                summary |= a.equals("--summarize");
                human |= a.equals("--human-readable");
                all |= a.equals("--all");
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            files.add(".");
        }
        Options o = new Options(summary, all, human, summary ? 0 : depth);
        int status = 0;
        long sum = 0;
        for (String f : files) {
            try {
                Path p = call.resolveEntry(f);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new java.nio.file.NoSuchFileException(f);
                }
                sum += walk(call, p, f, 0, o, true);
            } catch (OutsideViewException e) {
                AppletFileErrors.ACCESS.print(call, "du", f, call.reason(e));
                status = 1;
            } catch (IOException e) {
                AppletFileErrors.ACCESS.print(call, "du", f, Errors.describe(e));
                status = 1;
            }
        }
        if (total) {
            print(call, sum, "total", human);
        }
        return status;
    }

    /** The kilobytes under {@code p}, printing the lines {@code o} asks for on the way (children first). */
    private static long walk(Invocation call, Path p, String shown, int depth, Options o, boolean operand) throws IOException {
        if (Files.isSymbolicLink(p)) {
            if (operand || o.all() && depth <= o.maxDepth()) {
                print(call, 0, shown, o.human());
            }
            return 0;
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            long k = (Files.size(p) + 4095) / 4096 * 4;
            if (operand || o.all() && depth <= o.maxDepth()) {
                print(call, k, shown, o.human());
            }
            return k;
        }
        long k = 4;
        for (Path child : LinkSafeTrees.children(p)) {
            String name = (shown.endsWith("/") ? shown : shown + "/") + child.getFileName();
            k += walk(call, child, name, depth + 1, o, false);
        }
        if (depth <= o.maxDepth()) {
            print(call, k, shown, o.human());
        }
        return k;
    }

    private static void print(Invocation call, long kilobytes, String name, boolean human) {
        call.out().println((human ? (kilobytes == 0 ? "0" : LongFormat.human(kilobytes * 1024)) : String.valueOf(kilobytes))
                + "\t" + name);
    }
}
