package io.dockertutor.cli.grammar;

import java.util.List;
import java.util.Optional;

/**
 * One docker command path ({@code run}, {@code image ls}, {@code volume create}) as the real client declares it.
 *
 * @param path         words after {@code docker}
 * @param usage        the usage line, {@code docker run [OPTIONS] IMAGE [COMMAND] [ARG...]}
 * @param summary      the one-line description
 * @param aliases      every way to call it, {@code docker container run, docker run}
 * @param minArgs      fewest positional arguments
 * @param maxArgs      most positional arguments, or -1 for no limit
 * @param interspersed whether flags may follow positional arguments (false for run, exec, create, tag, top)
 * @param group        true for management commands that only hold subcommands ({@code docker image})
 * @param options      its flags, as {@code --help} lists them
 * @param hiddenOptions flags the client accepts but does not list ({@code --net}, {@code --dns-opt}); completion
 *                     leaves them out, as cobra does
 */
public record CommandDef(
        String path,
        String usage,
        String summary,
        List<String> aliases,
        int minArgs,
        int maxArgs,
        boolean interspersed,
        boolean group,
        List<OptionDef> options,
        List<OptionDef> hiddenOptions) {

    public CommandDef {
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
        hiddenOptions = List.copyOf(hiddenOptions);
    }

    public CommandDef(String path, String usage, String summary, List<String> aliases, int minArgs, int maxArgs,
                      boolean interspersed, boolean group, List<OptionDef> options) {
        this(path, usage, summary, aliases, minArgs, maxArgs, interspersed, group, options, List.of());
    }

    /** A visible flag, else a hidden one of that name. */
    public Optional<OptionDef> longOption(String name) {
        Optional<OptionDef> visible = options.stream().filter(o -> o.name().equals(name)).findFirst();
        return visible.isPresent() ? visible : hiddenOptions.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The same command accepting {@code more} hidden flags too. */
    CommandDef withHidden(List<OptionDef> more) {
        List<OptionDef> all = new java.util.ArrayList<>(hiddenOptions);
        all.addAll(more);
        return new CommandDef(path, usage, summary, aliases, minArgs, maxArgs, interspersed, group, options, all);
    }

    public Optional<OptionDef> shortOption(String letter) {
        return options.stream().filter(o -> letter.equals(o.shorthand())).findFirst();
    }

    /** {@code docker run}: how usage errors name the command. */
    public String commandLine() {
        return path.isEmpty() ? "docker" : "docker " + path;
    }

    /** Every path this command answers to, its own first: {@code [run, container run]}. */
    public List<String> allPaths() {
        java.util.LinkedHashSet<String> paths = new java.util.LinkedHashSet<>();
        paths.add(path);
        aliases.forEach(a -> paths.add(a.startsWith("docker ") ? a.substring(7) : a));
        return List.copyOf(paths);
    }
}
