package io.dockertutor.sh;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code set -x} in ash and dash: each simple command, after expansion, as {@code + x=1 echo hi} on standard error. */
final class PosixXtrace {
    private PosixXtrace() {
    }

    static void trace(ShellSession shell, List<String> argv, Map<String, String> assignments, PrintStream err) {
        if (shell.dialect() == SyntaxDialect.BASH || !shell.posix().option('x')) {
            return;
        }
        List<String> words = new ArrayList<>();
        assignments.forEach((k, v) -> words.add(k + "=" + v));
        words.addAll(argv);
        err.println("+ " + String.join(" ", words));
    }
}
