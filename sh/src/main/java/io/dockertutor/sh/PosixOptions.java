package io.dockertutor.sh;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code set}, {@code umask} and {@code getopts} of busybox ash and dash: options and option parsing, worded as
 * recorded on busybox 1.35 and dash 0.5.12.
 */
final class PosixOptions {
    private static final Map<String, Character> LONG = Map.of("errexit", 'e', "nounset", 'u', "xtrace", 'x',
            "noglob", 'f', "verbose", 'v', "noexec", 'n', "allexport", 'a', "noclobber", 'C');

    private PosixOptions() {
    }

    static int set(ShellSession shell, List<String> args, PrintStream out, PrintStream err) {
        PosixState state = shell.posix();
        if (args.isEmpty()) {
            listVariables(shell, out);
            return 0;
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--") || arg.equals("-")) {
                shell.positional(args.subList(i + 1, args.size()));
                return 0;
            }
            boolean on = arg.startsWith("-");
            if (!on && !arg.startsWith("+")) {
                shell.positional(args.subList(i, args.size()));
                return 0;
            }
            if (arg.length() == 2 && arg.charAt(1) == 'o' && i + 1 < args.size()) {
                Character letter = LONG.get(args.get(++i));
                if (letter != null) {
                    toggle(state, letter, on);
                }
                continue;
            }
            for (char c : arg.substring(1).toCharArray()) {
                if ("eufxvnaC".indexOf(c) < 0) {
                    String option = arg.charAt(0) + String.valueOf(c);
                    err.println(BuiltinErrors.line(shell, "set", "", "illegal option " + option, "Illegal option " + option));
                    return BuiltinErrors.special(shell, 2);
                }
                toggle(state, c, on);
            }
        }
        return 0;
    }

    /**
     * {@code set} alone: every variable in byte order as {@code NAME='VALUE'} ({@code '} written {@code '"'"'}), with
     * the shell's own (IFS, OPTIND, PPID, PS1, PS2, PS4; ash's FUNCNAME and an empty LINENO) as recorded.
     */
    private static void listVariables(ShellSession shell, PrintStream out) {
        boolean ash = shell.dialect() == SyntaxDialect.ASH;
        java.util.TreeMap<String, String> all = new java.util.TreeMap<>();
        all.put("IFS", " \t\n".translateEscapes());
        all.put("OPTIND", "1");
        all.put("PPID", shell.pid() == 1 ? "0" : "1");
        all.put("PS1", ash ? "\\w \\$ " : "root".equals(shell.variable("USER")) || "/root".equals(shell.variable("HOME")) ? "# " : "$ ");
        all.put("PS2", "> ");
        all.put("PS4", "+ ");
        if (ash) {
            all.put("FUNCNAME", "");
        }
        all.putAll(shell.save().variables());
        if (ash) {
            all.put("LINENO", "");
        }
        all.forEach((name, value) -> out.println(name + "='" + value.replace("'", "'\"'\"'") + "'"));
    }

    private static void toggle(PosixState state, char letter, boolean on) {
        if (on) {
            state.options.add(letter);
        } else {
            state.options.remove(letter);
        }
    }

    static int umask(ShellSession shell, List<String> args, PrintStream out, PrintStream err) {
        PosixState state = shell.posix();
        if (args.isEmpty()) {
            out.printf("%04o%n", state.umask());
            return 0;
        }
        if (args.get(0).equals("-S")) {
            int allowed = ~state.umask() & 0777;
            out.println("u=" + rwx(allowed >> 6) + ",g=" + rwx(allowed >> 3) + ",o=" + rwx(allowed));
            return 0;
        }
        String mode = args.get(0);
        if (!mode.matches("[0-7]{1,4}")) {
            boolean dash = shell.dialect() == SyntaxDialect.DASH;
            err.println(BuiltinErrors.line(shell, "umask", "", "illegal mode: " + mode,
                    (dash && mode.matches("[0-9]+") ? "Illegal number: " : "Illegal mode: ") + mode));
            return 2;
        }
        state.umask(Integer.parseInt(mode, 8));
        return 0;
    }

    private static String rwx(int bits) {
        return ((bits & 4) != 0 ? "r" : "") + ((bits & 2) != 0 ? "w" : "") + ((bits & 1) != 0 ? "x" : "");
    }

    static int getopts(ShellSession shell, List<String> args, PrintStream err) {
        if (args.size() < 2) {
            err.println(BuiltinErrors.line(shell, "getopts", "", "usage: getopts optstring var [arg]",
                    "Usage: getopts optstring var [arg...]"));
            return 2;
        }
        String spec = args.get(0);
        String var = args.get(1);
        List<String> operands = args.size() > 2 ? args.subList(2, args.size()) : shell.positional();
        PosixState state = shell.posix();
        String optind = shell.variable("OPTIND");
        int index = optind != null && optind.matches("[0-9]+") ? Math.max(1, Integer.parseInt(optind)) : 1;
        if (state.optionCharacter == 0) {
            state.optionCharacter = 1;
        }
        if (index > operands.size()) {
            return finish(shell, var, index);
        }
        String word = operands.get(index - 1);
        if (state.optionCharacter == 1 && (!word.startsWith("-") || word.equals("-"))) {
            return finish(shell, var, index);
        }
        if (state.optionCharacter == 1 && word.equals("--")) {
            return finish(shell, var, index + 1);
        }
        char c = word.charAt(state.optionCharacter);
        boolean last = state.optionCharacter + 1 >= word.length();
        state.optionCharacter++;
        int at = spec.indexOf(c);
        shell.unsetVariable("OPTARG");
        if (c == ':' || at < 0) {
            err.println("Illegal option -" + c);
            shell.setVariable(var, "?");
        } else if (at + 1 < spec.length() && spec.charAt(at + 1) == ':') {
            if (!last) {
                shell.setVariable("OPTARG", word.substring(state.optionCharacter));
            } else if (index < operands.size()) {
                shell.setVariable("OPTARG", operands.get(index));
                index++;
            } else {
                err.println("No arg for -" + c + " option");
                shell.setVariable(var, "?");
                next(shell, state, index + 1);
                return 0;
            }
            last = true;
            shell.setVariable(var, String.valueOf(c));
        } else {
            shell.setVariable(var, String.valueOf(c));
        }
        if (last) {
            next(shell, state, index + 1);
        }
        return 0;
    }

    private static void next(ShellSession shell, PosixState state, int index) {
        state.optionCharacter = 1;
        shell.setVariable("OPTIND", String.valueOf(index));
    }

    private static int finish(ShellSession shell, String var, int index) {
        shell.posix().optionCharacter = 1;
        shell.setVariable(var, "?");
        shell.setVariable("OPTIND", String.valueOf(index));
        return 1;
    }
}
