package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Ast;
import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.ShellSyntax;
import io.dockertutor.sh.ShellSyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The process one container shell is, and the processes it starts for the programs it runs: a forked child for
 * each, except the last command of an {@code sh -c} script, which ash and dash {@code exec} in place (so
 * {@code sh -c 'ps'} lists ps as PID 1 but {@code sh -c 'ps; true'} lists the shell as 1 and ps as its child).
 * Unset (no {@link ProcessTable}) the programs just run.
 */
final class ShellProcesses {
    private ProcessTable table;
    private ProcessTable.Process self;
    private Supplier<Instant> clock = () -> Instant.EPOCH;
    private BusyboxBuild build = BusyboxBuild.HUB;
    /** The program the runtime starts without a shell in between is this process itself, not a child. */
    private boolean direct;
    private List<String> lastCommand = List.of();
    private int lastCommandRuns;
    private int runsSeen;
    /** $0 of a one-line {@code -c} script this shell runs (bash names it in its errors), else null. */
    private String oneLineScript;

    void runningAs(ProcessTable table, ProcessTable.Process self, Supplier<Instant> clock, BusyboxBuild build) {
        this.table = table;
        this.self = self;
        this.clock = clock;
        this.build = build;
    }

    ProcessTable table() {
        return table;
    }

    Instant now() {
        return clock.get();
    }

    BusyboxBuild build() {
        return build;
    }

    void direct(boolean direct) {
        this.direct = direct;
    }

    /**
     * The script this shell runs as {@code sh -c}: its last top-level command, when it is one simple command of plain
     * words, is exec'd (a command with expansions is left a child: its words are known only when it runs).
     */
    void script(String script, String name, ShellFlavor flavor) {
        oneLineScript = script.contains("\n") ? null : name == null ? flavor.shellName() : name;
        lastCommand = List.of();
        lastCommandRuns = 0;
        runsSeen = 0;
        try {
            List<Ast.AndOr> items = ShellSyntax.parse(script).items();
            if (items.isEmpty() || flavor == ShellFlavor.BASH && items.size() > 1) {
                return;
            }
            List<List<String>> commands = new ArrayList<>();
            for (Ast.AndOr item : items) {
                for (Ast.Pipeline p : item.pipelines()) {
                    commands.add(p.commands().size() == 1 ? plainWords(p.commands().get(0)) : List.of());
                }
            }
            Ast.AndOr last = items.get(items.size() - 1);
            Ast.Pipeline pipeline = last.pipelines().get(last.pipelines().size() - 1);
            if (pipeline.commands().size() == 1 && !pipeline.negated()) {
                lastCommand = plainWords(pipeline.commands().get(0));
                lastCommandRuns = (int) commands.stream().filter(lastCommand::equals).count();
            }
        } catch (ShellSyntaxException e) {
            lastCommand = List.of();
        }
    }

    private static List<String> plainWords(Ast.Unit unit) {
        if (!(unit instanceof Ast.SimpleCommand c) || !c.assignments().isEmpty() || c.words().isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (Ast.Word w : c.words()) {
            StringBuilder sb = new StringBuilder();
            for (Ast.Part part : w.parts()) {
                if (part instanceof Ast.Literal l && !l.text().contains("*") && !l.text().contains("?")) {
                    sb.append(l.text());
                } else if (part instanceof Ast.Quoted q) {
                    sb.append(q.text());
                } else {
                    return List.of();
                }
            }
            words.add(sb.toString());
        }
        return words;
    }

    /** Runs {@code program} for {@code call} as the process it is: this one, exec'd in place, or a child. */
    int run(Invocation call, Command program) throws java.io.IOException {
        if (table == null) {
            return program.run(call);
        }
        List<String> argv = new ArrayList<>();
        argv.add(call.name());
        argv.addAll(call.args());
        if (direct) {
            direct = false;
            return program.run(call);
        }
        String comm = ProcessTable.Process.baseName(argv);
        // busybox built to run applets inside the shell (Debian's, the lab's stand-ins) forks ps without an exec:
        // it keeps the shell's arguments, only its name changes
        List<String> shown = build.appletsInShell() && comm.equals("ps") ? self.argv() : argv;
        boolean last = !lastCommand.isEmpty() && lastCommand.equals(argv) && ++runsSeen == lastCommandRuns;
        if (last) {
            self = table.replaced(self, shown, comm);
            return program.run(call);
        }
        ProcessTable.Process child = table.forked(self, shown, comm, clock.get());
        try {
            return program.run(call);
        } finally {
            table.ended(child);
        }
    }

    /** The name bash gives a one-line script in its errors ({@code bash: line 1: ...}), or null. */
    String oneLineScript() {
        return oneLineScript;
    }

    /** The shell's own process, for a shell it starts. */
    ProcessTable.Process current() {
        return table == null ? null : table.current();
    }
}
