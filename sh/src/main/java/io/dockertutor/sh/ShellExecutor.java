package io.dockertutor.sh;

import io.dockertutor.sh.Ast.AndOr;
import io.dockertutor.sh.Ast.Compound;
import io.dockertutor.sh.Ast.FunctionDef;
import io.dockertutor.sh.Ast.Unit;
import io.dockertutor.sh.Ast.Assignment;
import io.dockertutor.sh.Ast.Pipeline;
import io.dockertutor.sh.Ast.Script;
import io.dockertutor.sh.Ast.SimpleCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a parsed script. Pipeline stages run one after another in this thread, each stage's output buffered
 * into the next one's input: learners' pipelines are short and nothing here blocks on input that never ends.
 */
final class ShellExecutor {
    private static final Set<String> BIN_DIRS = Set.of("/usr/bin/", "/bin/", "/usr/local/bin/", "/usr/sbin/", "/sbin/");

    /** The streams a command runs with; {@code outIsTerminal} when {@code out} is the learner's screen. */
    record Streams(InputStream in, OutputStream out, OutputStream err, boolean outIsTerminal) {
    }

    private final ShellSession shell;
    private final ClauseRunner clauses;

    ShellExecutor(ShellSession shell) {
        this.shell = shell;
        this.clauses = new ClauseRunner(shell, this);
    }

    /** Whether the last and-or list's status is its last pipeline's, unnegated: only then does {@code set -e} act. */
    private boolean errexitFailed;
    /** How many conditions are running. */
    private int conditions;

    int runScript(Script script, Streams io) {
        LoopGuard guard = shell.guard();
        guard.enter();
        int status = shell.lastStatus();
        try {
            for (AndOr item : script.items()) {
                status = runAndOr(item, io);
                shell.lastStatus(status);
                if (errexitFailed && status != 0 && conditions == 0 && shell.posix().option('e')) {
                    shell.requestExit(status); // set -e: a failing command that was not tested ends the script
                }
                if (shell.hasExited() || guard.skipping()) {
                    break;
                }
            }
        } finally {
            guard.leave();
        }
        return status;
    }

    private int runAndOr(AndOr andOr, Streams io) {
        int status = runPipeline(andOr.pipelines().get(0), io);
        boolean last = andOr.ops().isEmpty() && !andOr.pipelines().get(0).negated();
        for (int i = 0; i < andOr.ops().size() && !shell.hasExited() && !shell.guard().skipping(); i++) {
            shell.lastStatus(status);
            boolean and = andOr.ops().get(i).equals("&&");
            if ((status == 0) == and) {
                status = runPipeline(andOr.pipelines().get(i + 1), io);
                last = i + 1 == andOr.ops().size() && !andOr.pipelines().get(i + 1).negated();
            }
        }
        errexitFailed = last;
        return status;
    }

    /** Runs a condition ({@code if}, {@code while}, {@code until}): {@code set -e} does not act on its failure. */
    int runCondition(Script condition, Streams io) {
        conditions++;
        try {
            return runScript(condition, io);
        } finally {
            conditions--;
        }
    }

    private int runPipeline(Pipeline pipeline, Streams io) {
        int status = runStages(pipeline.commands(), io);
        return pipeline.negated() ? (status == 0 ? 1 : 0) : status;
    }

    private int runStages(List<Unit> stages, Streams io) {
        if (stages.size() == 1) {
            return runUnit(stages.get(0), io);
        }
        InputStream in = io.in();
        int status = 0;
        for (int i = 0; i < stages.size(); i++) {
            boolean last = i == stages.size() - 1;
            ByteArrayOutputStream buffer = last ? null : new ByteArrayOutputStream();
            Integer exitBefore = shell.pendingExit();
            status = runUnit(stages.get(i), new Streams(in, last ? io.out() : buffer, io.err(),
                    last && io.outIsTerminal()));
            shell.clearExit(exitBefore); // each stage is a subshell: its exit ends only itself
            if (!last) {
                in = new ByteArrayInputStream(buffer.toByteArray());
            }
        }
        return status;
    }

    /** Runs {@code $(...)}: a subshell whose standard output becomes text, trailing newlines removed. */
    String substitute(Script script, OutputStream err) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Integer exitBefore = shell.pendingExit();
        int status = runScript(script, new Streams(InputStream.nullInputStream(), out, err, false));
        shell.clearExit(exitBefore);
        shell.lastStatus(status);
        String text = out.toString(StandardCharsets.UTF_8);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    private int runUnit(Unit unit, Streams io) {
        if (unit instanceof SimpleCommand simple) {
            return runSimple(simple, io);
        }
        if (unit instanceof FunctionDef def) {
            shell.defineFunction(def.name(), def.body());
            return 0;
        }
        return runCompound((Compound) unit, io);
    }

    /** A compound command under its own redirections ({@code done > log}). */
    int runCompound(Compound compound, Streams io) {
        if (compound.redirects().isEmpty()) {
            return clauses.run(compound.clause(), io);
        }
        PrintStream err = shell.printer(io.err());
        Expander expander = new Expander(shell, this, err);
        try (Redirections redirections = new Redirections(shell, expander, err)) {
            Streams streams = redirections.apply(compound.redirects(), io);
            return streams == null
                    ? Redirections.failedStatus(shell, compound.clause() instanceof Ast.Group g && g.subshell())
                    : clauses.run(compound.clause(), streams);
        } catch (Expander.ExpansionFailure e) {
            return BuiltinErrors.expansionFailed(shell, err, e.getMessage());
        }
    }

    private int runSimple(SimpleCommand command, Streams io) {
        PrintStream err = shell.printer(io.err());
        Expander expander = new Expander(shell, this, err);
        List<String> argv;
        Map<String, String> prefix = new LinkedHashMap<>();
        try {
            argv = new ArrayList<>();
            for (Ast.Word w : command.words()) {
                argv.addAll(expander.fields(w));
            }
            for (Assignment a : command.assignments()) {
                prefix.put(a.name(), expander.string(a.value()));
            }
        } catch (Expander.ExpansionFailure e) {
            return BuiltinErrors.expansionFailed(shell, err, e.getMessage());
        }
        dropSudo(argv);
        try (Redirections redirections = new Redirections(shell, expander, err)) {
            Streams streams = redirections.apply(command.redirects(), io);
            if (streams == null) {
                int status = Redirections.failedStatus(shell, false);
                if (shell.dialect() != SyntaxDialect.BASH && !argv.isEmpty()
                        && Redirections.SPECIAL_BUILTINS.contains(argv.get(0)) && shell.function(argv.get(0)) == null) {
                    shell.requestExit(status); // POSIX: a special builtin's redirection error ends the script
                }
                return status;
            }
            PosixXtrace.trace(shell, argv, prefix, err);
            if (argv.isEmpty()) {
                for (Map.Entry<String, String> a : prefix.entrySet()) {
                    if (PosixBuiltins.refusedAssignment(shell, a.getKey(), err)) {
                        return 2;
                    }
                    shell.setVariable(a.getKey(), a.getValue());
                }
                return expander.substituted() ? shell.lastStatus() : 0;
            }
            return runCommand(argv, prefix, streams);
        } catch (Expander.ExpansionFailure e) {
            return BuiltinErrors.expansionFailed(shell, err, e.getMessage());
        }
    }

    /** {@code sudo [-E] [-u user] cmd} runs cmd: the tutor has no users to switch between. */
    private static void dropSudo(List<String> argv) {
        while (!argv.isEmpty() && argv.get(0).equals("sudo")) {
            argv.remove(0);
            while (!argv.isEmpty() && argv.get(0).startsWith("-")) {
                String opt = argv.remove(0);
                if (opt.equals("--")) {
                    break;
                }
                if (Set.of("-u", "-g", "-p", "-C", "-h", "-U", "-r", "-t", "-D").contains(opt) && !argv.isEmpty()) {
                    argv.remove(0);
                }
            }
        }
    }

    int runCommand(List<String> argv, Map<String, String> prefix, Streams io) {
        String name = argv.get(0);
        Compound function = shell.function(name);
        if (function != null) {
            return clauses.call(function, argv.subList(1, argv.size()), io);
        }
        if (ControlBuiltins.NAMES.contains(name)) {
            return ControlBuiltins.run(shell, argv, shell.printer(io.err()));
        }
        if (PosixBuiltins.handles(shell, name)) {
            return PosixBuiltins.run(shell, this, argv, io);
        }
        for (String dir : BIN_DIRS) {
            if (name.startsWith(dir) && name.indexOf('/', dir.length()) < 0 && name.length() > dir.length()) {
                name = name.substring(dir.length());
            }
        }
        Command command = shell.commands().get(name);
        if (command == null) {
            PrintStream err = shell.printer(io.err());
            err.println(shell.messages().format("command.notFound", shell.name(), name));
            String suggestion = name.isEmpty() ? null : shell.suggest(name);
            if (suggestion != null) {
                err.println(shell.messages().format("command.didYouMean", suggestion));
            }
            return 127;
        }
        Map<String, String> env = new LinkedHashMap<>(shell.environment());
        env.putAll(prefix);
        List<String> args = new ArrayList<>(argv);
        args.set(0, name);
        return call(shell, command, args, env, io.in(), io.out(), io.err(), io.outIsTerminal());
    }

    /** Runs one command, turning anything it throws into a message: learners never see a stack trace. */
    static int call(ShellSession shell, Command command, List<String> argv, Map<String, String> env, InputStream in,
                    OutputStream out, OutputStream err, boolean terminal) {
        Invocation call = new Invocation(argv.get(0), argv.subList(1, argv.size()), in, out, err, env, shell,
                terminal);
        int status;
        if (io.dockertutor.engine.Interruption.pressed()) {
            throw LoopGuard.Stop.interrupt(); // Ctrl-C ends the whole line, not only the command it came in
        }
        try {
            status = command.run(call);
            if (io.dockertutor.engine.Interruption.pressed()) {
                call.flush();
                throw LoopGuard.Stop.interrupt();
            }
        } catch (LoopGuard.Stop e) {
            throw e; // a bound reached inside (a command that runs the shell again): it stops the whole line
        } catch (IOException | RuntimeException e) {
            call.out().flush();
            call.err().println(shell.messages().format("command.failed", shell.name(), argv.get(0),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            status = 1;
        }
        call.flush();
        return status & 0xff;
    }
}
