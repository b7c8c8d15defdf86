package io.dockertutor.tutor.repl;

import io.dockertutor.cli.grammar.CommandDef;
import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.cli.grammar.OptionDef;
import io.dockertutor.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;

/**
 * Tab completion after {@code docker}, read from {@link DockerGrammar}, the table the docker CLI emulation parses
 * with: subcommands with their summaries, flags with their help texts, and for arguments the names that exist now
 * ({@link ArgumentKinds} says which) or workspace paths.
 */
final class DockerCompletion {
    private final DockerGrammar grammar;

    DockerCompletion(DockerGrammar grammar) {
        this.grammar = grammar;
    }

    /** Where the words before the cursor leave us: the command reached, its arguments so far, a flag awaiting a value. */
    record Position(CommandDef command, int arguments, OptionDef pendingFlag) {
    }

    /**
     * {@code words} are the words after {@code docker} up to (not including) the word being completed.
     */
    Position locate(List<String> words) {
        CommandDef command = grammar.root();
        int arguments = 0;
        OptionDef pending = null;
        for (String w : words) {
            if (pending != null) {
                pending = null;
                continue;
            }
            if (w.startsWith("-") && w.length() > 1 && !w.equals("--")) {
                pending = flagTakingValue(command, w);
                continue;
            }
            Optional<CommandDef> sub = arguments == 0 ? grammar.command(join(command.path(), w)) : Optional.empty();
            if (sub.isPresent()) {
                command = sub.get();
            } else {
                arguments++;
            }
        }
        return new Position(command, arguments, pending);
    }

    private OptionDef flagTakingValue(CommandDef command, String word) {
        if (word.contains("=")) {
            return null;
        }
        Optional<OptionDef> o = word.startsWith("--") ? option(command, word.substring(2))
                : shortOption(command, word.substring(word.length() - 1));
        return o.filter(def -> !def.isBoolean()).orElse(null);
    }

    private Optional<OptionDef> option(CommandDef command, String longName) {
        return command.longOption(longName).or(() -> grammar.root().longOption(longName));
    }

    private Optional<OptionDef> shortOption(CommandDef command, String letter) {
        return command.shortOption(letter).or(() -> grammar.root().shortOption(letter));
    }

    private static String join(String path, String word) {
        return path.isEmpty() ? word : path + " " + word;
    }

    void complete(List<String> before, String current, Engine engine, Path workspace, Path cwd, List<Candidate> out) {
        Position at = locate(before);
        if (at.pendingFlag() != null) {
            names(ArgumentKinds.flagValue(at.pendingFlag().name()), engine, workspace, cwd, current, out);
            return;
        }
        if (current.startsWith("-")) {
            flags(at.command(), out);
            return;
        }
        if (at.arguments() == 0 && !grammar.subcommands(at.command().path()).isEmpty()) {
            for (String sub : grammar.subcommands(at.command().path())) {
                CommandDef def = grammar.command(join(at.command().path(), sub)).orElseThrow();
                if (!sub.contains(" ")) {
                    out.add(new Candidate(sub, sub, "commands", def.summary(), null, null, true));
                }
            }
            if (!at.command().group()) {
                names(ArgumentKinds.argument(at.command().path(), 0), engine, workspace, cwd, current, out);
            }
            return;
        }
        names(ArgumentKinds.argument(at.command().path(), at.arguments()), engine, workspace, cwd, current, out);
    }

    private static void flags(CommandDef command, List<Candidate> out) {
        for (OptionDef o : command.options()) {
            String display = o.shorthand() == null ? "--" + o.name() : "--" + o.name() + ", -" + o.shorthand();
            out.add(new Candidate("--" + o.name(), display, "flags", o.description(), null, o.name(), true));
            if (o.shorthand() != null) {
                // The short form completes too, but lists once: the key groups it with its long form.
                out.add(new Candidate("-" + o.shorthand(), display, "flags", o.description(), null, o.name(), true));
            }
        }
    }

    private static void names(ArgumentKinds.Kind kind, Engine engine, Path workspace, Path cwd, String current,
                              List<Candidate> out) {
        if (kind == ArgumentKinds.Kind.PATH) {
            PathCompletion.complete(workspace, cwd, current, out);
            return;
        }
        String group = kind.name().toLowerCase(java.util.Locale.ROOT);
        for (String name : LiveNames.of(engine, kind)) {
            out.add(new Candidate(name, name, group, null, null, null, true));
        }
    }
}
