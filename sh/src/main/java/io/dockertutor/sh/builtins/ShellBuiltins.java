package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The bash builtins and tiny utilities: cd, pwd, echo, true, false, exit, export, unset, env, which, sleep, clear. */
final class ShellBuiltins {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Names that exist only inside bash: {@code which} finds no file for them. */
    static final Set<String> SHELL_ONLY = Set.of("cd", "export", "exit", "unset");

    private ShellBuiltins() {
    }

    /** bash prefixes its builtins' errors with the shell's own name. */
    static void bashError(Invocation call, String message) {
        call.err().println(call.shell().name() + ": " + call.name() + ": " + message);
    }

    static int cd(Invocation call) {
        ShellSession shell = call.shell();
        List<String> args = call.args();
        if (!args.isEmpty() && args.get(0).equals("--")) {
            args = args.subList(1, args.size());
        }
        boolean bash = shell.dialect() == io.dockertutor.sh.SyntaxDialect.BASH;
        if (args.size() > 1 && bash) {
            bashError(call, "too many arguments"); // ash and dash take the first and leave the rest
            return 1;
        }
        String target;
        boolean print = false;
        if (args.isEmpty()) {
            target = shell.variable("HOME");
            if (target == null) {
                bashError(call, "HOME not set");
                return 1;
            }
        } else if (args.get(0).equals("-")) {
            target = shell.variable("OLDPWD");
            if (target == null) {
                bashError(call, "OLDPWD not set");
                return 1;
            }
            print = true;
        } else {
            target = args.get(0);
        }
        if (target.isEmpty()) {
            return 0;
        }
        String absolute = shell.files().absolute(shell.cwd(), target);
        try {
            Path p = shell.files().resolve(absolute);
            if (!Files.exists(p)) {
                return cannotCd(call, target, "No such file or directory");
            }
            if (!Files.isDirectory(p)) {
                return cannotCd(call, target, "Not a directory");
            }
        } catch (OutsideViewException e) {
            return cannotCd(call, target, call.reason(e));
        }
        shell.cwd(absolute);
        if (print) {
            call.out().println(absolute);
        }
        return 0;
    }

    /** bash {@code cd: X: REASON} (1), ash {@code can't cd to X: REASON} and dash {@code can't cd to X} (2). */
    private static int cannotCd(Invocation call, String target, String reason) {
        call.err().println(io.dockertutor.sh.BuiltinErrors.line(call.shell(), "cd", target + ": " + reason,
                "can't cd to " + target + ": " + reason, "can't cd to " + target));
        return call.shell().dialect() == io.dockertutor.sh.SyntaxDialect.BASH ? 1 : 2;
    }

    static int pwd(Invocation call) {
        for (String a : call.args()) {
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("-") && a.length() > 1 && !a.matches("-[LP]+")) {
                String option = a.substring(0, 2);
                call.err().println(io.dockertutor.sh.BuiltinErrors.line(call.shell(), "pwd", option + ": invalid option",
                        "illegal option " + option, "Illegal option " + option));
                if (call.shell().dialect() == io.dockertutor.sh.SyntaxDialect.BASH) {
                    call.err().println("pwd: usage: pwd [-LP]");
                }
                return 2;
            }
        }
        call.out().println(call.shell().cwd());
        return 0;
    }

    static int echo(Invocation call) {
        List<String> args = call.args();
        boolean newline = true;
        boolean escapes = false;
        int i = 0;
        while (i < args.size() && args.get(i).matches("-[neE]+")) {
            for (char c : args.get(i).substring(1).toCharArray()) {
                if (c == 'n') {
                    newline = false;
                } else {
                    escapes = c == 'e';
                }
            }
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < args.size(); j++) {
            if (j > i) {
                sb.append(' ');
            }
            if (escapes) {
                Escapes.Result r = Escapes.echo(args.get(j));
                sb.append(r.text());
                if (r.stop()) {
                    call.out().print(sb);
                    return 0;
                }
            } else {
                sb.append(args.get(j));
            }
        }
        if (newline) {
            sb.append('\n');
        }
        call.out().print(sb);
        return 0;
    }

    static int exit(Invocation call) {
        ShellSession shell = call.shell();
        List<String> args = call.args();
        if (args.isEmpty()) {
            shell.requestExit(shell.lastStatus());
            return shell.lastStatus();
        }
        if (!args.get(0).matches("[+-]?[0-9]{1,18}")) {
            call.err().println(io.dockertutor.sh.BuiltinErrors.line(shell, "exit", args.get(0) + ": numeric argument required",
                    "Illegal number: " + args.get(0), "Illegal number: " + args.get(0)));
            shell.requestExit(2);
            return 2;
        }
        if (args.size() > 1 && shell.dialect() == io.dockertutor.sh.SyntaxDialect.BASH) {
            bashError(call, "too many arguments");
            return 1;
        }
        int status = (int) (Long.parseLong(args.get(0)) & 0xff);
        shell.requestExit(status);
        return status;
    }

    static int export(Invocation call) {
        ShellSession shell = call.shell();
        List<String> args = call.args();
        if (args.isEmpty() || args.equals(List.of("-p"))) {
            for (Map.Entry<String, String> e : shell.exportedSorted().entrySet()) {
                String value = e.getValue() == null ? "" : "=\"" + e.getValue().replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
                call.out().println("declare -x " + e.getKey() + value);
            }
            return 0;
        }
        int status = 0;
        for (String a : args) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!NAME.matcher(name).matches()) {
                call.err().println(io.dockertutor.sh.BuiltinErrors.line(shell, "export", "`" + a + "': not a valid identifier",
                        name + ": bad variable name", name + ": bad variable name"));
                status = io.dockertutor.sh.BuiltinErrors.special(shell, 1);
                if (status == 2) {
                    return 2;
                }
                continue;
            }
            if (eq >= 0) {
                shell.setVariable(name, a.substring(eq + 1));
            }
            shell.export(name);
        }
        return status;
    }

    static int unset(Invocation call) {
        for (String a : call.args()) {
            if (a.startsWith("-")) {
                continue;
            }
            // bash lets a name that is no identifier pass without a word; ash and dash end the script
            if (!NAME.matcher(a).matches() && call.shell().dialect() != io.dockertutor.sh.SyntaxDialect.BASH) {
                call.err().println(io.dockertutor.sh.BuiltinErrors.line(call.shell(), "unset", "",
                        a + ": bad variable name", a + ": bad variable name"));
                return io.dockertutor.sh.BuiltinErrors.special(call.shell(), 0);
            }
            call.shell().unsetVariable(a);
        }
        return 0;
    }

    static int env(Invocation call) throws java.io.IOException {
        List<String> args = call.args();
        int i = 0;
        java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
        while (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-")) {
            return Usage.fail(call, "invalid option -- '" + args.get(i).charAt(1) + "'", 125);
        }
        while (i < args.size() && args.get(i).indexOf('=') > 0) {
            String a = args.get(i++);
            extra.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        if (i == args.size()) {
            java.util.Map<String, String> all = new java.util.LinkedHashMap<>(call.env());
            all.putAll(extra);
            all.forEach((k, v) -> call.out().println(k + "=" + v));
            return 0;
        }
        List<String> argv = args.subList(i, args.size());
        call.out().flush();
        int status = call.shell().invoke(argv, extra, call.in(), call.out(), call.err());
        if (status == 127 && !call.shell().commands().containsKey(argv.get(0))) {
            call.err().println("env: " + Quoting.locale(call, argv.get(0)) + ": No such file or directory");
        }
        return status;
    }

    static int which(Invocation call) {
        int status = call.args().isEmpty() ? 1 : 0;
        for (String name : call.args()) {
            if (name.startsWith("-")) {
                continue;
            }
            if (call.shell().commands().containsKey(name) && !SHELL_ONLY.contains(name)) {
                call.out().println("/usr/bin/" + name);
            } else {
                status = 1;
            }
        }
        return status;
    }

    static int sleep(Invocation call) {
        boolean busybox = call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX;
        if (call.args().isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        for (String a : call.args()) {
            if (!validSleep(a)) {
                if (busybox) {
                    call.err().println("sleep: invalid number '" + a + "'");
                    return 1;
                }
                return Usage.fail(call, "invalid time interval ‘" + a + "’", 1);
            }
        }
        if (call.shell().terminal()) {
            // At a learner's terminal time passes, and Ctrl-C ends the wait (the shell then reports 130).
            io.dockertutor.engine.Interruption.sleep(millis(call.args()));
        }
        return 0; // in a batch run the tutor's time does not pass: sleeping returns at once
    }

    /** A duration GNU sleep and busybox sleep both accept: {@code 5}, {@code 0.5}, {@code 2m}, {@code inf}. */
    static boolean validSleep(String a) {
        return a.matches("[0-9]*\\.?[0-9]+[smhd]?|[0-9]+\\.[smhd]?|inf(inity)?");
    }

    /** GNU sleep adds its arguments up: {@code 1m 30s}; {@code inf} is as long as a long lasts. */
    private static long millis(java.util.List<String> args) {
        long total = 0;
        for (String a : args) {
            if (a.startsWith("inf")) {
                return Long.MAX_VALUE;
            }
            char unit = a.charAt(a.length() - 1);
            double n = Double.parseDouble(Character.isLetter(unit) ? a.substring(0, a.length() - 1) : a);
            long scale = switch (unit) {
                case 'm' -> 60_000L;
                case 'h' -> 3_600_000L;
                case 'd' -> 86_400_000L;
                default -> 1_000L;
            };
            total = Math.min(Long.MAX_VALUE / 2, total + (long) (n * scale));
        }
        return total;
    }

    static int clear(Invocation call) {
        if (call.outIsTerminal()) {
            call.out().print("\033[H\033[2J\033[3J");
        }
        return 0;
    }
}
