package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import java.util.Map;

/**
 * Which shell an image's {@code sh} is, for the words it uses when a command is missing: busybox ash
 * ({@code sh: nosuch: not found}), dash ({@code sh: 1: nosuch: not found}) or bash
 * ({@code bash: line 1: nosuch: command not found} in a {@code -c} script); all exit 127.
 */
public enum ShellFlavor {
    ASH, DASH, BASH;

    /** The flavour of {@code program} ({@code sh}, {@code bash}, {@code /bin/sh}) in an image. */
    public static ShellFlavor of(Map<String, FileSpec> image, String program) {
        String base = program.substring(program.lastIndexOf('/') + 1);
        if (base.equals("bash")) {
            return BASH;
        }
        String real = FileTree.resolve(image, program.contains("/") ? program : "/bin/" + base).orElse("");
        if (real.endsWith("/busybox")) {
            return ASH;
        }
        if (real.endsWith("/bash")) {
            return BASH;
        }
        if (real.endsWith("/dash")) {
            return DASH;
        }
        // Debian and Ubuntu link /bin/sh to dash; a catalog that lists sh as a file of such an image means dash too
        boolean hasDash = FileTree.exists(image, "/bin/dash") || FileTree.exists(image, "/usr/bin/dash");
        return hasDash && image.containsKey(real) ? DASH : ASH;
    }

    /** Whose words its syntax errors use. */
    io.dockertutor.sh.SyntaxDialect dialect() {
        return switch (this) {
            case ASH -> io.dockertutor.sh.SyntaxDialect.ASH;
            case DASH -> io.dockertutor.sh.SyntaxDialect.DASH;
            case BASH -> io.dockertutor.sh.SyntaxDialect.BASH;
        };
    }

    /** The name the shell gives itself in messages. */
    String shellName() {
        return this == BASH ? "bash" : "sh";
    }

    /**
     * What the shell prints for a command it cannot find; {@code script} is $0 of the one-line script it runs
     * ({@code bash -c}: bash 5.2 says {@code bash: line 1: nosuch: command not found}), null at its prompt.
     */
    String notFound(String command, String script) {
        return switch (this) {
            case ASH -> "sh: " + command + ": not found";
            case DASH -> "sh: 1: " + command + ": not found";
            case BASH -> script == null ? "bash: " + command + ": command not found"
                    : script + ": line 1: " + command + ": command not found";
        };
    }
}
