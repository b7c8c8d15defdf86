package io.dockertutor.sh;

import io.dockertutor.sh.Ast.CaseClause;
import io.dockertutor.sh.Ast.CaseItem;
import io.dockertutor.sh.Ast.Clause;
import io.dockertutor.sh.Ast.Compound;
import io.dockertutor.sh.Ast.ForClause;
import io.dockertutor.sh.Ast.Group;
import io.dockertutor.sh.Ast.IfClause;
import io.dockertutor.sh.Ast.LoopClause;
import io.dockertutor.sh.Ast.Word;
import io.dockertutor.sh.ShellExecutor.Streams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs compound commands and function calls for the {@link ShellExecutor}. Every loop iteration passes the shell's
 * {@link LoopGuard}, which also carries {@code break}/{@code continue}/{@code return} from the builtins to here.
 */
final class ClauseRunner {
    private final ShellSession shell;
    private final ShellExecutor executor;

    ClauseRunner(ShellSession shell, ShellExecutor executor) {
        this.shell = shell;
        this.executor = executor;
    }

    int run(Clause clause, Streams io) {
        if (clause instanceof IfClause c) {
            return ifClause(c, io);
        }
        if (clause instanceof LoopClause c) {
            return loop(c, io);
        }
        if (clause instanceof ForClause c) {
            return forClause(c, io);
        }
        if (clause instanceof CaseClause c) {
            return caseClause(c, io);
        }
        Group g = (Group) clause;
        return g.subshell() ? subshell(g, io) : executor.runScript(g.body(), io);
    }

    private int ifClause(IfClause c, Streams io) {
        for (int i = 0; i < c.conditions().size(); i++) {
            int test = executor.runCondition(c.conditions().get(i), io);
            if (interrupted()) {
                return test;
            }
            if (test == 0) {
                return executor.runScript(c.bodies().get(i), io);
            }
        }
        return c.otherwise() == null ? 0 : executor.runScript(c.otherwise(), io);
    }

    private int loop(LoopClause c, Streams io) {
        LoopGuard guard = shell.guard();
        Streams counted = counted(io);
        guard.loopDepth++;
        int status = 0;
        try {
            while (true) {
                guard.tick();
                int test = executor.runCondition(c.condition(), counted);
                if (leaveLoop()) {
                    break;
                }
                if ((test == 0) == c.until()) {
                    break;
                }
                status = executor.runScript(c.body(), counted);
                if (leaveLoop()) {
                    break;
                }
            }
        } finally {
            guard.loopDepth--;
        }
        return status;
    }

    private int forClause(ForClause c, Streams io) {
        List<String> values;
        if (c.words() == null) {
            values = shell.positional();
        } else {
            PrintStream err = shell.printer(io.err());
            Expander expander = new Expander(shell, executor, err);
            values = new ArrayList<>();
            try {
                for (Word w : c.words()) {
                    values.addAll(expander.fields(w));
                }
            } catch (Expander.ExpansionFailure e) {
                return BuiltinErrors.expansionFailed(shell, err, e.getMessage());
            }
        }
        LoopGuard guard = shell.guard();
        Streams counted = counted(io);
        guard.loopDepth++;
        int status = 0;
        try {
            for (String value : values) {
                guard.tick();
                shell.setVariable(c.name(), value);
                status = executor.runScript(c.body(), counted);
                if (leaveLoop()) {
                    break;
                }
            }
        } finally {
            guard.loopDepth--;
        }
        return status;
    }

    private int caseClause(CaseClause c, Streams io) {
        PrintStream err = shell.printer(io.err());
        Expander expander = new Expander(shell, executor, err);
        try {
            String subject = expander.string(c.subject());
            for (CaseItem item : c.items()) {
                for (Word pattern : item.patterns()) {
                    if (Glob.toRegex(expander.pattern(pattern)).matcher(subject).matches()) {
                        return item.body().items().isEmpty() ? 0 : executor.runScript(item.body(), io);
                    }
                }
            }
        } catch (Expander.ExpansionFailure e) {
            return BuiltinErrors.expansionFailed(shell, err, e.getMessage());
        }
        return 0;
    }

    /** {@code ( ... )}: variables, the directory, functions, {@code exit} and {@code break} stay inside it. */
    private int subshell(Group g, Streams io) {
        ShellSession.Saved saved = shell.save();
        Integer exitBefore = shell.pendingExit();
        try {
            return executor.runScript(g.body(), io);
        } finally {
            shell.clearExit(exitBefore);
            shell.restore(saved);
            LoopGuard guard = shell.guard();
            guard.breaking = 0; // break, continue and return end the subshell, not the loop around it
            guard.continuing = false;
            guard.returning = false;
        }
    }

    /** Calls a function: its arguments become $1..., {@code return} ends it. */
    int call(Compound body, List<String> args, Streams io) {
        LoopGuard guard = shell.guard();
        if (guard.callDepth >= LoopGuard.MAX_CALL_DEPTH) {
            throw new LoopGuard.Stop("function.tooDeep");
        }
        List<String> outer = shell.positional();
        int outerLoops = guard.loopDepth;
        guard.callDepth++;
        guard.loopDepth = 0; // break inside a function does not leave the caller's loops
        shell.positional(args);
        int locals = shell.posix().localsMark();
        try {
            int status = executor.runCompound(body, io);
            if (guard.returning) {
                guard.returning = false;
                status = shell.lastStatus();
            }
            return status;
        } finally {
            guard.callDepth--;
            guard.loopDepth = outerLoops;
            guard.breaking = 0;
            shell.positional(outer);
            shell.posix().restoreLocals(shell, locals);
        }
    }

    private Streams counted(Streams io) {
        LoopGuard guard = shell.guard();
        return new Streams(io.in(), guard.counted(io.out()), guard.counted(io.err()), io.outIsTerminal());
    }

    private boolean interrupted() {
        return shell.hasExited() || shell.guard().skipping();
    }

    /** After a condition or body: whether this loop ends, consuming one level of a pending break or continue. */
    private boolean leaveLoop() {
        LoopGuard guard = shell.guard();
        if (shell.hasExited() || guard.returning) {
            return true;
        }
        if (guard.breaking == 0) {
            return false;
        }
        if (guard.breaking == 1 && guard.continuing) {
            guard.breaking = 0;
            guard.continuing = false;
            return false;
        }
        guard.breaking--;
        if (guard.breaking == 0) {
            guard.continuing = false;
        }
        return true;
    }
}
