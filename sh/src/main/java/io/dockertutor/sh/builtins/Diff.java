package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff [-u | -U N] [-q] FILE1 FILE2} on two files: GNU diffutils 3.8 prints the normal format unless asked for
 * unified hunks (whose header lines carry each file's modification time); busybox always prints unified hunks and
 * its headers carry only the names. Status 0 same, 1 different, 2 trouble.
 */
final class Diff {
    private Diff() {
    }

    static int run(Invocation call) {
        boolean gnu = call.shell().userland() == Userland.GNU;
        int context = gnu ? -1 : 3;
        boolean brief = false;
        List<String> files = new ArrayList<>();
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-u") || a.equals("--unified")) {
                context = 3;
            } else if (a.equals("-U") && i + 1 < args.size() && args.get(i + 1).matches("\\d+")) {
                context = Integer.parseInt(args.get(++i));
            } else if (a.matches("-U\\d+")) {
                context = Integer.parseInt(a.substring(2));
            } else if (a.equals("-q") || a.equals("--brief")) {
                brief = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                return refuse(call, gnu, a.startsWith("--") ? "unrecognized option '" + a + "'"
                        : "invalid option -- '" + a.charAt(1) + "'");
            } else {
                files.add(a);
            }
        }
        if (files.size() < 2) {
            return refuse(call, gnu, files.isEmpty() ? "missing operand after 'diff'"
                    : "missing operand after '" + files.get(0) + "'");
        }
        if (files.size() > 2) {
            return refuse(call, gnu, "extra operand '" + files.get(2) + "'");
        }
        byte[][] data = new byte[2][];
        for (int i = 0; i < 2; i++) {
            try {
                data[i] = Inputs.read(call, files.get(i));
            } catch (IOException e) {
                call.err().println(gnu ? "diff: " + files.get(i) + ": " + e.getMessage()
                        : "diff: can't stat '" + files.get(i) + "': " + e.getMessage());
                return 2;
            }
        }
        if (java.util.Arrays.equals(data[0], data[1])) {
            return 0;
        }
        if (brief) {
            call.out().println("Files " + files.get(0) + " and " + files.get(1) + " differ");
            return 1;
        }
        List<String> a = Inputs.lines(data[0]);
        List<String> b = Inputs.lines(data[1]);
        boolean[] noNewline = {missingNewline(data[0]), missingNewline(data[1])};
        var changes = DiffScript.changes(a, b);
        if (context < 0) {
            call.out().print(DiffScript.normal(a, b, changes, noNewline));
        } else {
            call.out().println("--- " + files.get(0) + (gnu ? "\t" + time(call, files.get(0)) : ""));
            call.out().println("+++ " + files.get(1) + (gnu ? "\t" + time(call, files.get(1)) : ""));
            call.out().print(DiffScript.unified(a, b, changes, context, noNewline));
        }
        return 1;
    }

    private static boolean missingNewline(byte[] data) {
        return data.length > 0 && data[data.length - 1] != '\n';
    }

    private static String time(Invocation call, String file) {
        try {
            Path p = call.resolve(file);
            return StatFields.time(Files.getLastModifiedTime(p));
        } catch (OutsideViewException | IOException e) {
            return StatFields.time(java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        }
    }

    private static int refuse(Invocation call, boolean gnu, String problem) {
        if (!gnu) {
            return problem.startsWith("missing") || problem.startsWith("extra") ? BusyboxUsage.show(call)
                    : BusyboxUsage.refuse(call, problem);
        }
        call.err().println("diff: " + problem);
        call.err().println("diff: Try 'diff --help' for more information.");
        return 2;
    }
}
