package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Three small line programs: {@code rev} (each line backwards), {@code nl} (numbers the non-empty lines, or all with
 * {@code -ba}, in six columns and a tab) and {@code yes} (its arguments, or y, again and again: bounded here, as a
 * learner pipes it into head and the simulated pipe holds the whole output).
 */
final class TextFilters {
    /** How many lines yes prints before it stops: far more than any head, and still a moment's work. */
    static final int YES_LINES = 10_000;

    private TextFilters() {
    }

    static int rev(Invocation call) {
        return eachInput(call, (name, data) -> {
            for (String line : Inputs.linesWithEnds(data)) {
                boolean newline = line.endsWith("\n");
                String body = newline ? line.substring(0, line.length() - 1) : line;
                call.out().print(new StringBuilder(body).reverse() + (newline ? "\n" : ""));
            }
        }, "rev: cannot open %s: %s", "rev: %s: %s", DirectoryReadWords.REV);
    }

    static int nl(Invocation call) {
        boolean all = false;
        List<String> files = new ArrayList<>();
        for (String a : call.args()) {
            if (a.equals("-ba") || a.equals("--body-numbering=a")) {
                all = true;
            } else if (a.equals("-bt")) {
                all = false;
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        boolean numberAll = all;
        int[] number = {1};
        return eachInput(call, files, (name, data) -> {
            for (String line : Inputs.lines(data)) {
                if (line.isEmpty() && !numberAll) {
                    call.out().println("       ");
                } else {
                    call.out().printf("%6d\t%s%n", number[0]++, line);
                }
            }
        }, "nl: %s: %s", "nl: %s: %s", DirectoryReadWords.NL);
    }

    static int yes(Invocation call) {
        String line = call.args().isEmpty() ? "y" : String.join(" ", call.args());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < YES_LINES; i++) {
            block.append(line).append('\n');
        }
        call.out().print(block);
        return 0;
    }

    interface Body {
        void accept(String name, byte[] data) throws IOException;
    }

    private static int eachInput(Invocation call, Body body, String gnuError, String busyboxError,
                                 DirectoryReadWords directory) {
        return eachInput(call, call.args(), body, gnuError, busyboxError, directory);
    }

    /** Runs {@code body} on each file (standard input for none); a failed file is reported and the rest go on. */
    private static int eachInput(Invocation call, List<String> files, Body body, String gnuError, String busyboxError,
                                 DirectoryReadWords directory) {
        List<String> names = files.isEmpty() ? List.of("-") : files;
        int status = 0;
        for (String f : names) {
            byte[] data;
            try {
                data = Inputs.read(call, f);
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                status = Math.max(status, directory.report(call, f));
                continue;
            } catch (IOException e) {
                String format = call.shell().userland() == Userland.BUSYBOX ? busyboxError : gnuError;
                call.err().println(String.format(format, f, e.getMessage()));
                status = 1;
                continue;
            }
            try {
                body.accept(f, data);
            } catch (IOException e) {
                return 1;
            }
        }
        return status;
    }
}
