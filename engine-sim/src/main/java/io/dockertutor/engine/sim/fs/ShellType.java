package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import io.dockertutor.sh.Invocation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code type} builtin of a container's shell, as busybox ash 1.35, dash 0.5.12 and bash 5.2 answer it: a shell
 * keyword, a (special) shell builtin, or where the program is. Debian's busybox runs its applets in the shell itself
 * (FEATURE_SH_STANDALONE), so there {@code type ls} answers {@code ls is ls}; elsewhere the file on {@code $PATH}.
 * A name found nowhere is {@code NAME: not found} on standard output and status 127 (bash: on standard error, 1).
 */
final class ShellType {
    private static final Set<String> KEYWORDS = Set.of("!", "case", "do", "done", "elif", "else", "esac", "fi", "for",
            "if", "in", "then", "until", "while", "{", "}");
    /** POSIX's special builtins as ash and dash list them (ash adds source). */
    private static final Set<String> SPECIAL = Set.of(".", ":", "break", "continue", "eval", "exec", "exit", "export",
            "local", "readonly", "return", "set", "shift", "times", "trap", "unset");
    private static final Set<String> REGULAR = Set.of("[", "alias", "bg", "cd", "chdir", "command", "echo", "false",
            "fg", "getopts", "hash", "jobs", "kill", "printf", "pwd", "read", "test", "true", "type", "ulimit", "umask",
            "unalias", "wait");
    /** ash's builtins beyond dash's. */
    private static final Set<String> ASH_ONLY = Set.of("[[", "help", "history", "let", "source");

    private ShellType() {
    }

    static int run(Invocation call, ShellFlavor flavor, Map<String, FileSpec> image) {
        boolean standalone = flavor == ShellFlavor.ASH && BusyboxBuild.of(image).appletsInShell();
        String path = Optional.ofNullable(call.shell().variable("PATH")).orElse("");
        int status = 0;
        for (String name : call.args()) {
            String found = describe(name, flavor, image, standalone, path);
            if (found != null) {
                call.out().println(name + " is " + found);
            } else if (flavor == ShellFlavor.BASH) {
                call.err().println("bash: type: " + name + ": not found");
                status = 1;
            } else {
                call.out().println(name + ": not found");
                status = 127;
            }
        }
        return status;
    }

    private static String describe(String name, ShellFlavor flavor, Map<String, FileSpec> image, boolean standalone, String path) {
        boolean bash = flavor == ShellFlavor.BASH;
        if (KEYWORDS.contains(name) || bash && name.equals("[[")) {
            return "a shell keyword";
        }
        if (SPECIAL.contains(name) || flavor == ShellFlavor.ASH && name.equals("source")) {
            return bash ? "a shell builtin" : "a special shell builtin";
        }
        if (REGULAR.contains(name) || flavor != ShellFlavor.DASH && ASH_ONLY.contains(name)) {
            return "a shell builtin";
        }
        if (name.contains("/")) {
            return FileTree.findExecutable(image, name, path).isPresent() ? name : null;
        }
        FileSpec applet = image.get("/bin/" + name); // busybox's applets are its links in /bin
        if (standalone && applet != null && applet.executable()) {
            return name; // the shell runs an applet without looking at $PATH
        }
        return FileTree.findExecutable(image, name, path).orElse(null);
    }
}
