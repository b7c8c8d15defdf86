package io.dockertutor.engine.sim.process;

import java.util.List;
import java.util.Set;

/**
 * A filter started with an open standard input ({@code echo hi | docker run -i busybox wc -c}): it waits for that
 * input, so the container runs until whoever attaches (the {@code -i} of run, {@code start -ai}, {@code attach})
 * gives it the input and it ends. Detached ({@code -di}) nobody does, and it keeps waiting, as on Docker.
 */
public final class AwaitingInput implements Program {
    /** Programs that read standard input when they are given no file, with the operands they take besides files. */
    private static final java.util.Map<String, Integer> FILTERS = java.util.Map.ofEntries(
            java.util.Map.entry("wc", 0), java.util.Map.entry("sort", 0), java.util.Map.entry("uniq", 0),
            java.util.Map.entry("head", 0), java.util.Map.entry("tail", 0), java.util.Map.entry("md5sum", 0),
            java.util.Map.entry("sha1sum", 0), java.util.Map.entry("sha256sum", 0), java.util.Map.entry("base64", 0),
            java.util.Map.entry("od", 0), java.util.Map.entry("hexdump", 0), java.util.Map.entry("nl", 0),
            java.util.Map.entry("rev", 0), java.util.Map.entry("tac", 0), java.util.Map.entry("grep", 1),
            java.util.Map.entry("sed", 1), java.util.Map.entry("awk", 1), java.util.Map.entry("cut", 0),
            java.util.Map.entry("tr", 2), java.util.Map.entry("tee", Integer.MAX_VALUE),
            java.util.Map.entry("xargs", Integer.MAX_VALUE));
    /** Options whose value is the next word, so that the value is not taken for a file. */
    private static final Set<String> WITH_VALUE = Set.of("-n", "-c", "-e", "-f", "-d", "-k", "-t", "-m", "-A", "-B", "-C");

    private final List<String> argv;

    AwaitingInput(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    /** Whether {@code argv} is a filter that reads its standard input (no file among its operands). */
    static boolean readsInput(List<String> argv) {
        String base = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        Integer operands = FILTERS.get(base);
        if (operands == null) {
            return false;
        }
        int words = 0;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.startsWith("-") && a.length() > 1) {
                if (WITH_VALUE.contains(a)) {
                    i++;
                }
            } else {
                words++;
            }
        }
        return words <= operands;
    }

    /** The command it runs once its input comes. */
    public List<String> argv() {
        return argv;
    }

    @Override
    public Started start(ProgramContext ctx) {
        return Started.running(List.of());
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
