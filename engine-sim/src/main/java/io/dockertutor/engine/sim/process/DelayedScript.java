package io.dockertutor.engine.sim.process;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sh -c 'sleep 2; echo one; exit 3'}: a script that waits first and then does its work and ends. It is
 * running (silent) after start, as on a real engine, and does the rest when someone waits for it ({@link #runToEnd}):
 * {@code docker attach} then shows what it prints and ends with its status.
 */
final class DelayedScript implements Program {
    private static final Pattern SLEEP_FIRST = Pattern.compile("(?s)\\s*sleep\\s+([^\\s;&|]+)\\s*(?:;|&&|\\n)\\s*(\\S.*)");
    private final List<String> argv;
    private final String rest;

    private DelayedScript(List<String> argv, String rest) {
        this.argv = List.copyOf(argv);
        this.rest = rest;
    }

    /** The model when the {@code -c} script starts with a {@code sleep} of a duration that sleep accepts and goes on. */
    static Optional<Program> of(List<String> argv) {
        int c = argv.indexOf("-c");
        if (c < 0 || c + 1 >= argv.size()) {
            return Optional.empty();
        }
        Matcher m = SLEEP_FIRST.matcher(argv.get(c + 1));
        if (!m.matches() || !io.dockertutor.sh.builtins.BuiltinTable.sleepAccepts(m.group(1)) || m.group(1).matches("0*\\.?0*")) {
            return Optional.empty();
        }
        return Optional.of(new DelayedScript(argv, m.group(2)));
    }

    @Override
    public Started start(ProgramContext ctx) {
        return Started.running(List.of());
    }

    @Override
    public Optional<Started> runToEnd(ProgramContext ctx) {
        int c = argv.indexOf("-c");
        List<String> script = new java.util.ArrayList<>(argv.subList(0, c + 1));
        script.add(rest);
        script.addAll(argv.subList(c + 2, argv.size()));
        InterleavedLines output = new InterleavedLines();
        int code = ctx.run(script, output.out(), output.err());
        return Optional.of(Started.exited(output.lines(), code));
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }
}
