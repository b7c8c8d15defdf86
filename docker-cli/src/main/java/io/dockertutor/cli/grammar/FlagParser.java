package io.dockertutor.cli.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * pflag's parsing rules with cobra's messages: {@code --name value}, {@code --name=value}, clustered
 * shorthands ({@code -dit}, {@code -p8080:80}), {@code --} ending the flags, and commands such as
 * {@code run} that stop reading flags at their first positional argument.
 */
final class FlagParser {
    private final DockerGrammar grammar;
    private final List<String> warnings = new ArrayList<>();

    FlagParser(DockerGrammar grammar) {
        this.grammar = grammar;
    }

    ParsedCommand parse(List<String> words) throws UsageError {
        CommandDef current = grammar.root();
        Map<String, List<String>> flags = new LinkedHashMap<>();
        List<String> args = new ArrayList<>();
        boolean help = false;
        boolean flagsDone = false;
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            if (!flagsDone && w.equals("--")) {
                flagsDone = true;
                i++;
                continue;
            }
            if (!flagsDone && w.startsWith("-") && w.length() > 1) {
                i = flag(current, words, i, flags);
                if (flags.containsKey("help")) {
                    help = true;
                }
                continue;
            }
            if (current.group() && args.isEmpty() && !flagsDone) {
                String path = current.path().isEmpty() ? w : current.path() + " " + w;
                Optional<CommandDef> sub = grammar.command(path);
                if (sub.isEmpty()) {
                    if (help || flagsAfterUnknownCommand(current, words.subList(i + 1, words.size()), flags)) {
                        help = true;
                        break;
                    }
                    throw unknownCommand(current, path);
                }
                current = sub.get();
                i++;
                continue;
            }
            args.add(w);
            i++;
            if (!current.interspersed()) {
                flagsDone = true;
            }
        }
        if (help || current.group()) {
            return new ParsedCommand(current, flags, args, true, warnings);
        }
        checkArgs(current, args);
        return new ParsedCommand(current, flags, args, false, warnings);
    }

    /** Reads the flag at {@code words[i]}; returns the index of the next word to read. */
    private int flag(CommandDef cmd, List<String> words, int i, Map<String, List<String>> flags) throws UsageError {
        String w = words.get(i);
        if (w.startsWith("--")) {
            String body = w.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            if (name.equals("help")) {
                flags.computeIfAbsent("help", k -> new ArrayList<>()).add("true");
                return i + 1;
            }
            OptionDef opt = cmd.longOption(name).orElseThrow(() -> flagError(cmd, "unknown flag: --" + name));
            String value;
            if (eq >= 0) {
                value = body.substring(eq + 1);
            } else if (opt.isBoolean()) {
                value = "true";
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw flagError(cmd, "flag needs an argument: --" + name);
            }
            put(cmd, opt, value, flags);
            return i + 1;
        }
        String shorts = w.substring(1);
        int k = 0;
        while (k < shorts.length()) {
            String letter = shorts.substring(k, k + 1);
            Optional<OptionDef> found = cmd.shortOption(letter);
            if (found.isEmpty()) {
                if (letter.equals("h")) {
                    flags.computeIfAbsent("help", x -> new ArrayList<>()).add("true");
                    k++;
                    continue;
                }
                throw flagError(cmd, "unknown shorthand flag: '" + letter + "' in -" + shorts.substring(k));
            }
            OptionDef opt = found.get();
            String rest = shorts.substring(k + 1);
            if (rest.startsWith("=")) {
                put(cmd, opt, rest.substring(1), flags);
                return i + 1;
            }
            if (opt.isBoolean()) {
                put(cmd, opt, "true", flags);
                k++;
                continue;
            }
            if (!rest.isEmpty()) {
                put(cmd, opt, rest, flags);
                return i + 1;
            }
            if (i + 1 >= words.size()) {
                throw flagError(cmd, "flag needs an argument: '" + letter + "' in -" + letter);
            }
            put(cmd, opt, words.get(i + 1), flags);
            return i + 2;
        }
        return i + 1;
    }

    private void put(CommandDef cmd, OptionDef opt, String value, Map<String, List<String>> flags) throws UsageError {
        Optional<String> problem = FlagValues.check(opt, value);
        if (problem.isPresent()) {
            throw flagError(cmd, "invalid argument " + FlagValues.quote(value) + " for " + FlagValues.quote(opt.displayName())
                    + " flag: " + problem.get());
        }
        if (opt.deprecation() != null) {
            warnings.add("Flag --" + opt.name() + " has been deprecated, " + opt.deprecation());
        }
        flags.computeIfAbsent(opt.storedAs(), k -> new ArrayList<>()).add(value);
    }

    private static void checkArgs(CommandDef cmd, List<String> args) throws UsageError {
        int n = args.size();
        int min = cmd.minArgs();
        int max = cmd.maxArgs();
        String problem = null;
        String see = "Run";
        if (max == 0 && n > 0) {
            problem = "accepts no arguments";
        } else if (min > 0 && max > 0 && min != max && (n < min || n > max)) {
            problem = "requires at least " + min + " and at most " + plural(max);
        } else if (min == max && n != min) {
            problem = "requires " + plural(min);
        } else if (n < min) {
            problem = "requires at least " + plural(min);
            see = "See";
        } else if (max >= 0 && n > max) {
            problem = "requires at most " + plural(max);
            see = "SRun";
        }
        if (problem != null) {
            throw new UsageError("docker: '" + cmd.commandLine() + "' " + problem + "\n\nUsage:  " + cmd.usage()
                    + "\n\n" + see + " '" + cmd.commandLine() + " --help' for more information\n", 1);
        }
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private static UsageError flagError(CommandDef cmd, String message) {
        return new UsageError(message + "\n\nUsage:  " + cmd.usage() + "\n\nRun '" + cmd.commandLine()
                + " --help' for more information\n", 125);
    }

    /**
     * Cobra reads the flags of all the words after an unknown command as the group's own before it complains about
     * the command: a flag the group does not have is the error then ({@code docker contianer run -d} says
     * {@code unknown shorthand flag: 'd' in -d}, status 125). Returns whether one of them asked for help.
     */
    private boolean flagsAfterUnknownCommand(CommandDef group, List<String> rest, Map<String, List<String>> flags) throws UsageError {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        int j = 0;
        while (j < rest.size() && !rest.get(j).equals("--")) {
            String w = rest.get(j);
            if (!w.startsWith("-") || w.length() == 1) {
                j++;
                continue;
            }
            try {
                j = flag(group, rest, j, seen);
            } catch (UsageError e) {
                if (group.path().isEmpty()) {
                    throw e;
                }
                String problem = e.getMessage().substring(0, e.getMessage().indexOf("\n\nUsage:"));
                throw new UsageError(problem + "\n\nUsage:  docker " + group.path() + "\n\nRun '" + group.commandLine()
                        + " --help' for more information\n", 125);
            }
        }
        flags.putAll(seen);
        return seen.containsKey("help");
    }

    private static UsageError unknownCommand(CommandDef group, String path) {
        if (group.path().isEmpty()) {
            return new UsageError("docker: unknown command: docker " + path + "\n\nRun 'docker --help' for more information\n", 1);
        }
        return new UsageError("docker: unknown command: docker " + path + "\n\nUsage:  docker " + group.path()
                + "\n\nRun '" + group.commandLine() + " --help' for more information\n", 1);
    }
}
