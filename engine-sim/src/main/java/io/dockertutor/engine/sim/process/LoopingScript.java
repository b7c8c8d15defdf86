package io.dockertutor.engine.sim.process;

import io.dockertutor.sh.Ast;
import io.dockertutor.sh.ShellSyntax;
import io.dockertutor.sh.ShellSyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sh -c 'while true; do date; sleep 1; done'}: a script that ends in a loop that never ends, the classic way
 * to keep a container up and make it log. The commands before the loop run at start; the loop's body runs once
 * at start and then once per period of the clock, the period being the sum of the body's {@code sleep}s; the
 * iterations that fell due are run when someone looks ({@link #advance}), at most {@link #MAX_PER_LOOK} at a time
 * (the most recent ones), their lines stamped with the time each iteration was due. A body without {@code sleep}
 * spins: it runs {@link #BUSY_ITERATIONS} times at start and then stays up without logging more, instead of filling
 * the memory with logs. Like any shell as PID 1 it ignores SIGTERM, so {@code docker stop} kills it after the
 * timeout (exit 137), unless the commands before the loop set a {@code trap} for the signal: the shell then runs
 * the trap's action once the body's current {@code sleep} is over, and ends with the status of the action's
 * {@code exit} ({@code trap 'exit 3' TERM}); an action without {@code exit} prints and the loop goes on, an empty
 * action ignores the signal. ({@link ShellTraps})
 */
final class LoopingScript implements Program {
    static final int MAX_PER_LOOK = 200;
    static final int BUSY_ITERATIONS = 100;
    private static final Pattern LOOP = Pattern.compile(
            "(?s)^(.*?)(?:^|;|&&|\\n)\\s*(?:while|until)\\s+.+?(?:;|\\n)\\s*do\\s(.*)(?:;|\\n)\\s*done\\s*;?\\s*$");
    private static final Pattern SECONDS = Pattern.compile("([0-9]*\\.?[0-9]+)([smhd]?)");

    private final List<String> argv;
    private final String prefix;
    private final String body;
    private final Duration period;
    private Instant startedAt;
    private long iterationsRun;

    private LoopingScript(List<String> argv, String prefix, String body, Duration period) {
        this.argv = List.copyOf(argv);
        this.prefix = prefix;
        this.body = body;
        this.period = period;
    }

    /** The model when the {@code -c} script's last command is {@code while true}/{@code while :}/{@code until false}. */
    static Optional<Program> of(List<String> argv) {
        int c = argv.indexOf("-c");
        if (c < 0 || c + 1 >= argv.size()) {
            return Optional.empty();
        }
        String script = argv.get(c + 1).strip();
        try {
            List<Ast.AndOr> items = ShellSyntax.parse(script).items();
            if (items.isEmpty() || !endless(items.get(items.size() - 1))) {
                return Optional.empty();
            }
            Matcher m = LOOP.matcher(script);
            if (!m.matches()) {
                return Optional.empty();
            }
            Ast.Script bodyScript = ShellSyntax.parse(m.group(2));
            String prefix = m.group(1).strip().replaceAll("(;|&&)\\s*$", "");
            return Optional.of(new LoopingScript(argv, prefix, m.group(2).strip(), sleeps(bodyScript)));
        } catch (ShellSyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean endless(Ast.AndOr last) {
        if (last.pipelines().size() != 1 || last.pipelines().get(0).commands().size() != 1
                || !(last.pipelines().get(0).commands().get(0) instanceof Ast.Compound compound)
                || !(compound.clause() instanceof Ast.LoopClause loop)) {
            return false;
        }
        List<String> words = simpleWords(loop.condition());
        List<List<String>> forever = loop.until() ? List.of(List.of("false"), List.of("/bin/false"))
                : List.of(List.of("true"), List.of(":"), List.of("/bin/true"), List.of("[", "1", "]"));
        return forever.contains(words);
    }

    /** The words of a script that is one simple command of plain words; empty otherwise. */
    private static List<String> simpleWords(Ast.Script script) {
        if (script.items().size() != 1 || script.items().get(0).pipelines().size() != 1) {
            return List.of();
        }
        Ast.Pipeline p = script.items().get(0).pipelines().get(0);
        if (p.negated() || p.commands().size() != 1 || !(p.commands().get(0) instanceof Ast.SimpleCommand sc)) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (Ast.Word w : sc.words()) {
            if (w.parts().size() != 1 || !(w.parts().get(0) instanceof Ast.Literal lit)) {
                return List.of();
            }
            words.add(lit.text());
        }
        return words;
    }

    /** The time one iteration takes: its top-level {@code sleep}s added up ({@code sleep 1}, {@code sleep 0.5s}). */
    private static Duration sleeps(Ast.Script body) {
        Duration total = Duration.ZERO;
        for (Ast.AndOr item : body.items()) {
            for (Ast.Pipeline p : item.pipelines()) {
                List<String> words = simpleWords(new Ast.Script(List.of(new Ast.AndOr(List.of(p), List.of()))));
                if (words.size() == 2 && words.get(0).equals("sleep")) {
                    Matcher m = SECONDS.matcher(words.get(1));
                    if (m.matches()) {
                        double unit = switch (m.group(2)) {
                            case "m" -> 60;
                            case "h" -> 3600;
                            case "d" -> 86400;
                            default -> 1;
                        };
                        total = total.plusMillis((long) (Double.parseDouble(m.group(1)) * unit * 1000));
                    }
                }
            }
        }
        return total;
    }

    @Override
    public Started start(ProgramContext ctx) {
        startedAt = ctx.now();
        List<Line> out = new ArrayList<>();
        if (!prefix.isEmpty()) {
            Started first = new OneShot(script(prefix)).start(ctx);
            out.addAll(first.output());
            if (first.exitCode().isPresent() && first.exitCode().getAsInt() != 0 && !prefix.contains(";")) {
                return first;
            }
        }
        int times = period.isZero() ? BUSY_ITERATIONS : 1;
        out.addAll(iterations(ctx, times));
        iterationsRun = times;
        return Started.running(out);
    }

    @Override
    public List<TimedLine> advance(ProgramContext ctx) {
        if (period.isZero() || startedAt == null) {
            return List.of();
        }
        long due = 1 + Duration.between(startedAt, ctx.now()).toMillis() / Math.max(1, period.toMillis());
        if (due <= iterationsRun) {
            return List.of();
        }
        long first = Math.max(iterationsRun, due - MAX_PER_LOOK);
        List<TimedLine> out = new ArrayList<>();
        for (long i = first; i < due; i++) {
            Instant at = startedAt.plus(period.multipliedBy(i));
            for (Line line : iterations(ctx, 1)) {
                out.add(new TimedLine(at, line));
            }
        }
        iterationsRun = due;
        return out;
    }

    /** Runs the body {@code times} times in one shell of the container; its output lines. */
    private List<Line> iterations(ProgramContext ctx, int times) {
        String loop = times == 1 ? body : "for __tutor_i in " + "x ".repeat(times) + "; do\n" + body + "\ndone";
        InterleavedLines output = new InterleavedLines();
        ctx.run(script(loop), output.out(), output.err());
        return output.lines();
    }

    private List<String> script(String text) {
        List<String> script = new ArrayList<>(argv.subList(0, argv.indexOf("-c") + 1));
        script.add(text);
        return script;
    }

    @Override
    public SignalOutcome signal(String signal, ProgramContext ctx) {
        Optional<String> action = signal.equals("SIGKILL") ? Optional.empty() : ShellTraps.of(prefix).action(signal);
        if (action.isEmpty()) {
            return Signals.defaultAction(signal, true);
        }
        if (action.get().isBlank()) {
            return SignalOutcome.ignored();
        }
        InterleavedLines output = new InterleavedLines();
        int status = ctx.run(script(action.get()), output.out(), output.err());
        return ShellTraps.exits(action.get()) ? SignalOutcome.exit(status, output.lines())
                : new SignalOutcome(java.util.OptionalInt.empty(), output.lines());
    }

    @Override
    public List<String> processes() {
        return List.of(String.join(" ", argv));
    }

    @Override
    public Program copy() {
        LoopingScript copy = new LoopingScript(argv, prefix, body, period);
        copy.startedAt = startedAt;
        copy.iterationsRun = iterationsRun;
        return copy;
    }
}
