package io.dockertutor.lessons.mutants;

import io.dockertutor.cli.grammar.CommandDef;
import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.cli.grammar.OptionDef;
import io.dockertutor.cli.grammar.UsageError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code docker ...} command with the role of each word, read through the CLI's grammar as pflag reads it:
 * which words are flags (and which letter of a cluster such as {@code -aq}), where each flag's value stands, and
 * which words are positional arguments ({@code run}'s first one is the image). Only a command the grammar accepts
 * ({@link DockerGrammar#parse}) has a line.
 *
 * @param words   every word, {@code docker} first
 * @param command the docker command the words name
 * @param flags   the flags given, in order
 * @param args    the indexes of the positional arguments
 */
record DockerLine(List<String> words, CommandDef command, List<Flag> flags, List<Integer> args) {

    /**
     * One flag given.
     *
     * @param word      the index of its word
     * @param letter    its place in a cluster of shorthands ({@code -aq}), or -1 when the flag is its word alone
     * @param option    the flag as the grammar declares it
     * @param valueWord the index of its value's own word ({@code --name web}), or -1
     * @param value     its value (null for a boolean given without one)
     */
    record Flag(int word, int letter, OptionDef option, int valueWord, String value) {
        /** How it was typed, value included: {@code --name web}, {@code -d}. */
        String typed(List<String> words) {
            String flag = letter < 0 ? words.get(word) : "-" + option.shorthand();
            return valueWord < 0 ? flag : flag + " " + words.get(valueWord);
        }
    }

    DockerLine {
        words = List.copyOf(words);
        flags = List.copyOf(flags);
        args = List.copyOf(args);
    }

    /** The line of {@code words} when they are a docker command the grammar accepts, else empty. */
    static Optional<DockerLine> of(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("docker")) {
            return Optional.empty();
        }
        try {
            if (DockerGrammar.get().parse(words.subList(1, words.size())).help()) {
                return Optional.empty();
            }
        } catch (UsageError e) {
            return Optional.empty();
        }
        return walk(words);
    }

    private static Optional<DockerLine> walk(List<String> words) {
        DockerGrammar grammar = DockerGrammar.get();
        CommandDef current = grammar.root();
        List<Flag> flags = new ArrayList<>();
        List<Integer> args = new ArrayList<>();
        boolean flagsDone = false;
        int i = 1;
        while (i < words.size()) {
            String w = words.get(i);
            if (!flagsDone && w.equals("--")) {
                flagsDone = true;
                i++;
            } else if (!flagsDone && w.startsWith("-") && w.length() > 1) {
                i = w.startsWith("--") ? longFlag(current, words, i, flags) : shortFlags(current, words, i, flags);
            } else if (current.group() && args.isEmpty()) {
                String path = current.path().isEmpty() ? w : current.path() + " " + w;
                Optional<CommandDef> sub = grammar.command(path);
                if (sub.isEmpty()) {
                    return Optional.empty();
                }
                current = sub.get();
                i++;
            } else {
                args.add(i++);
                flagsDone |= !current.interspersed();
            }
        }
        return Optional.of(new DockerLine(words, current, flags, args));
    }

    private static int longFlag(CommandDef cmd, List<String> words, int i, List<Flag> flags) {
        String body = words.get(i).substring(2);
        int eq = body.indexOf('=');
        OptionDef opt = cmd.longOption(eq < 0 ? body : body.substring(0, eq)).orElseThrow();
        if (eq >= 0) {
            flags.add(new Flag(i, -1, opt, -1, body.substring(eq + 1)));
            return i + 1;
        }
        if (opt.isBoolean()) {
            flags.add(new Flag(i, -1, opt, -1, null));
            return i + 1;
        }
        flags.add(new Flag(i, -1, opt, i + 1, words.get(i + 1)));
        return i + 2;
    }

    private static int shortFlags(CommandDef cmd, List<String> words, int i, List<Flag> flags) {
        String letters = words.get(i).substring(1);
        boolean cluster = letters.length() > 1 && cmd.shortOption(letters.substring(0, 1)).map(OptionDef::isBoolean).orElse(false);
        for (int k = 0; k < letters.length(); k++) {
            OptionDef opt = cmd.shortOption(letters.substring(k, k + 1)).orElseThrow();
            int letter = cluster ? k : -1;
            String rest = letters.substring(k + 1);
            if (!opt.isBoolean() || rest.startsWith("=")) {
                if (!rest.isEmpty()) {
                    flags.add(new Flag(i, letter, opt, -1, rest.startsWith("=") ? rest.substring(1) : rest));
                    return i + 1;
                }
                flags.add(new Flag(i, letter, opt, i + 1, words.get(i + 1)));
                return i + 2;
            }
            flags.add(new Flag(i, letter, opt, -1, null));
        }
        return i + 1;
    }

    /** The image of {@code run} or {@code create}: the first positional argument; -1 for other commands. */
    int image() {
        boolean runs = command.allPaths().stream().anyMatch(p -> p.equals("run") || p.equals("create"));
        return runs && !args.isEmpty() ? args.get(0) : -1;
    }

    /** Whether the command is one of {@code paths} (in any of its spellings: {@code container run} is {@code run}). */
    boolean is(String... paths) {
        return command.allPaths().stream().anyMatch(p -> List.of(paths).contains(p));
    }
}
