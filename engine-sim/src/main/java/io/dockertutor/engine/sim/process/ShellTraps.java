package io.dockertutor.engine.sim.process;

import io.dockertutor.sh.Ast;
import io.dockertutor.sh.ShellSyntax;
import io.dockertutor.sh.ShellSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code trap ACTION SIGNAL...} commands of a script's top level, read without running it: which action the
 * shell would run for a signal ({@code trap "exit 3" TERM}, {@code trap 'echo bye; exit 0' INT QUIT}); an empty
 * action ignores the signal, {@code -} resets it. Signals by name, with or without {@code SIG}, or by number.
 */
final class ShellTraps {
    private final Map<String, String> actions;

    private ShellTraps(Map<String, String> actions) {
        this.actions = actions;
    }

    static ShellTraps of(String script) {
        Map<String, String> actions = new HashMap<>();
        for (List<String> words : topLevelCommands(script)) {
            if (words.size() >= 3 && words.get(0).equals("trap")) {
                for (String sig : words.subList(2, words.size())) {
                    String name = Signals.normalize(sig);
                    if (name != null && words.get(1).equals("-")) {
                        actions.remove(name);
                    } else if (name != null) {
                        actions.put(name, words.get(1));
                    }
                }
            }
        }
        return new ShellTraps(actions);
    }

    /** The action for {@code signal} ({@code SIGTERM}); empty when none is set. */
    Optional<String> action(String signal) {
        return Optional.ofNullable(actions.get(signal));
    }

    /** Whether the action ends the shell: a top-level {@code exit} among its commands. */
    static boolean exits(String action) {
        return topLevelCommands(action).stream().anyMatch(words -> !words.isEmpty() && words.get(0).equals("exit"));
    }

    /**
     * The words of each top-level command that is one simple command (in pipelines of one); none for a script that
     * does not parse, as a model that cannot read it sees no trap in it.
     */
    private static List<List<String>> topLevelCommands(String script) {
        List<List<String>> commands = new ArrayList<>();
        if (script.isBlank()) {
            return commands;
        }
        try {
            for (Ast.AndOr item : ShellSyntax.parse(script).items()) {
                for (Ast.Pipeline p : item.pipelines()) {
                    if (p.commands().size() == 1 && p.commands().get(0) instanceof Ast.SimpleCommand sc) {
                        commands.add(literalWords(sc));
                    }
                }
            }
        } catch (ShellSyntaxException e) {
            return List.of();
        }
        return commands;
    }

    /** The command's words when each is plain or quoted text (a quoted action is one word); else what came before. */
    private static List<String> literalWords(Ast.SimpleCommand sc) {
        List<String> words = new ArrayList<>();
        for (Ast.Word w : sc.words()) {
            StringBuilder text = new StringBuilder();
            for (Ast.Part part : w.parts()) {
                if (part instanceof Ast.Literal lit) {
                    text.append(lit.text());
                } else if (part instanceof Ast.Quoted q) {
                    text.append(q.text());
                } else if (part instanceof Ast.DoubleQuoted dq
                        && dq.parts().stream().allMatch(x -> x instanceof Ast.Literal || x instanceof Ast.Quoted)) {
                    dq.parts().forEach(x -> text.append(x instanceof Ast.Literal l ? l.text() : ((Ast.Quoted) x).text()));
                } else {
                    return words;
                }
            }
            words.add(text.toString());
        }
        return words;
    }
}
