package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;

/**
 * The complaint a program prints for a bad command line, in its session's userland. GNU coreutils print
 * {@code NAME: problem} and a {@code Try 'NAME --help'} line; busybox applets print the problem of a bad option
 * and then their usage text, only the usage when operands are missing, and exit 1 (2 for grep, sort, tty).
 */
public final class Usage {
    private Usage() {
    }

    /** Prints the complaint about {@code problem} (GNU's words); returns {@code status} (GNU's), or busybox's own. */
    public static int fail(Invocation call, String problem, int status) {
        if (call.shell().userland() == Userland.BUSYBOX) {
            return busybox(call, problem);
        }
        call.err().println(Quoting.inLocale(call, call.name() + ": " + problem));
        call.err().println("Try '" + call.name() + " --help' for more information.");
        return status;
    }

    /** {@link #fail} for an option the program does not know ({@code --bogus}, {@code -z}), in getopt's words. */
    public static int badOption(Invocation call, String option, int status) {
        return fail(call, option.startsWith("--") ? "unrecognized option '" + option + "'"
                : "invalid option -- '" + option.charAt(1) + "'", status);
    }

    /**
     * The first option of {@code args} (before a {@code --}) that is not one of the single letters {@code letters}
     * or the long options {@code longs}, as getopt words it ({@code invalid option -- 'z'},
     * {@code unrecognized option '--bogus'}); empty when all are known.
     */
    public static java.util.Optional<String> unknownOption(java.util.List<String> args, String letters, java.util.Set<String> longs) {
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2).replaceFirst("=.*", "");
                if (!longs.contains(name)) {
                    return java.util.Optional.of("unrecognized option '" + a + "'");
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                for (char c : a.substring(1).toCharArray()) {
                    if (letters.indexOf(c) < 0) {
                        return java.util.Optional.of("invalid option -- '" + c + "'");
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static int busybox(Invocation call, String problem) {
        if (problem.startsWith("missing ") || problem.startsWith("extra operand")) {
            return BusyboxUsage.show(call);
        }
        if (problem.startsWith("invalid option") || problem.startsWith("unrecognized option")
                || problem.startsWith("option requires an argument") || problem.startsWith("option '--")) {
            return BusyboxUsage.refuse(call, problem);
        }
        // Other refusals are the applet's own sentence, without a pointer to --help.
        call.err().println(call.name() + ": " + problem);
        return 1;
    }
}
