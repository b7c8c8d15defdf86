package io.dockertutor.cli.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The docker CLI's commands and flags, loaded from {@code /docker-cli/grammar.yaml}. One instance serves
 * parsing ({@link #parse}), {@code --help} ({@link #help}) and Tab completion ({@link #commands}).
 *
 * <pre>{@code
 * ParsedCommand cmd = DockerGrammar.get().parse(List.of("run", "-d", "-p", "8080:80", "nginx"));
 * cmd.command().path();   // "run"
 * cmd.list("publish");    // [8080:80]
 * }</pre>
 */
public final class DockerGrammar {
    private static volatile DockerGrammar instance;

    private final CommandDef root;
    private final Map<String, CommandDef> byPath;
    private final FeatureAnnotations annotations;

    private DockerGrammar(CommandDef root, Map<String, CommandDef> byPath, FeatureAnnotations annotations) {
        this.root = root;
        this.byPath = byPath;
        this.annotations = annotations;
    }

    /** The grammar of the bundled docker CLI version, loaded once. */
    public static DockerGrammar get() {
        DockerGrammar g = instance;
        if (g == null) {
            synchronized (DockerGrammar.class) {
                if (instance == null) {
                    instance = load();
                }
                g = instance;
            }
        }
        return g;
    }

    @SuppressWarnings("unchecked")
    private static DockerGrammar load() {
        try (InputStream in = DockerGrammar.class.getResourceAsStream("/docker-cli/grammar.yaml")) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(8 * 1024 * 1024);
            Map<String, Object> data = new Yaml(options).load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<OptionDef> globals = options((List<Map<String, Object>>) data.get("globalOptions"));
            CommandDef root = new CommandDef("", "docker [OPTIONS] COMMAND [ARG...]", "A self-sufficient runtime for containers",
                    List.of(), 0, -1, false, true, globals);
            Map<String, CommandDef> byPath = new LinkedHashMap<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) data.get("commands")) {
                boolean group = Boolean.TRUE.equals(c.get("group"));
                Object max = c.get("max");
                CommandDef def = new CommandDef((String) c.get("path"), (String) c.get("usage"), (String) c.get("summary"),
                        (List<String>) c.getOrDefault("aliases", List.of()),
                        ((Number) c.getOrDefault("min", 0)).intValue(), max == null ? -1 : ((Number) max).intValue(),
                        !Boolean.FALSE.equals(c.get("interspersed")), group,
                        options((List<Map<String, Object>>) c.getOrDefault("options", List.of())));
                byPath.put(def.path(), def);
            }
            for (Map<String, Object> h : (List<Map<String, Object>>) data.getOrDefault("hiddenOptions", List.of())) {
                hide(byPath, h);
            }
            // `docker image list` has no help page of its own: it is an alias of `docker image ls`.
            for (CommandDef def : List.copyOf(byPath.values())) {
                for (String alias : def.allPaths()) {
                    byPath.putIfAbsent(alias, def);
                }
            }
            FeatureAnnotations annotations = FeatureAnnotations.of(
                    (List<Map<String, Object>>) data.getOrDefault("annotations", List.of()));
            return new DockerGrammar(root, byPath, annotations);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled docker grammar cannot be read", e);
        }
    }

    /** One {@code hiddenOptions} entry: an alias of a listed flag (its type and value) or a flag of its own. */
    @SuppressWarnings("unchecked")
    private static void hide(Map<String, CommandDef> byPath, Map<String, Object> h) {
        String name = (String) h.get("long");
        String aliasOf = (String) h.get("aliasOf");
        for (String path : (List<String>) h.get("commands")) {
            CommandDef def = byPath.get(path);
            if (def == null) {
                throw new IllegalStateException("grammar.yaml: hidden --" + name + " names an unknown command " + path);
            }
            OptionDef target = aliasOf == null ? null : def.longOption(aliasOf).orElseThrow(() ->
                    new IllegalStateException("grammar.yaml: --" + name + " of " + path + " aliases unknown --" + aliasOf));
            OptionDef hidden = new OptionDef(null, name, target == null ? (String) h.get("type") : target.type(),
                    target == null ? (String) h.get("desc") : target.description(), null,
                    target == null ? name : target.name(), (String) h.get("deprecated"));
            byPath.put(path, def.withHidden(List.of(hidden)));
        }
    }

    private static List<OptionDef> options(List<Map<String, Object>> raw) {
        List<OptionDef> out = new ArrayList<>();
        for (Map<String, Object> o : raw) {
            out.add(new OptionDef((String) o.get("short"), (String) o.get("long"), (String) o.get("type"),
                    (String) o.get("desc"), (String) o.get("default")));
        }
        return out;
    }

    public CommandDef root() {
        return root;
    }

    public Collection<CommandDef> commands() {
        return byPath.values();
    }

    public Optional<CommandDef> command(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The words that may follow {@code path} ({@code ""} for the top level): subcommand names. */
    public List<String> subcommands(String path) {
        String prefix = path.isEmpty() ? "" : path + " ";
        List<String> out = new ArrayList<>();
        for (String p : byPath.keySet()) {
            if (p.startsWith(prefix) && p.indexOf(' ', prefix.length()) < 0 && p.length() > prefix.length()) {
                out.add(p.substring(prefix.length()));
            }
        }
        return out;
    }

    /** docker/cli's annotations of the command at {@code path} ({@code version}, {@code swarm} ...), empty when none. */
    public Map<String, String> annotations(String path) {
        return annotations.command(path);
    }

    /** docker/cli's annotations of {@code --flag} of the command at {@code path}, empty when none. */
    public Map<String, String> annotations(String path, String flag) {
        return annotations.flag(path, flag);
    }

    /**
     * What the real client prints for {@code docker PATH --help} with {@code daemon} behind it: the page without
     * the flags and subcommands the daemon cannot use, re-laid out; or, when the command itself or one of its
     * parents needs what the daemon lacks ({@code docker checkpoint} without experimental features), why, on one line.
     */
    public String help(CommandDef command, DaemonFeatures daemon) {
        List<String> words = command.path().isEmpty() ? List.of() : List.of(command.path().split(" "));
        for (int n = words.size(); n > 0; n--) {
            String path = String.join(" ", words.subList(0, n));
            Optional<String> refusal = daemon.refusal(command.commandLine(),
                    annotations.command(command(path).map(CommandDef::path).orElse(path)));
            if (refusal.isPresent()) {
                return refusal.get() + "\n";
            }
        }
        java.util.Set<String> flags = new java.util.HashSet<>();
        annotations.flags(command.path()).forEach((flag, keys) -> {
            if (daemon.hides(keys)) {
                flags.add(flag);
            }
        });
        java.util.Set<String> subcommands = new java.util.HashSet<>();
        String prefix = command.path().isEmpty() ? "" : command.path() + " ";
        for (String sub : subcommands(command.path())) {
            String path = command(prefix + sub).map(CommandDef::path).orElse(prefix + sub);
            if (daemon.hides(annotations.command(path))) {
                subcommands.add(sub);
            }
        }
        return HelpPage.hide(help(command), flags, subcommands);
    }

    /** The {@code --help} text of a command as captured from the client without a daemon: every flag shown. */
    public String help(CommandDef command) {
        String file = command.path().isEmpty() ? "docker" : command.path().replace(' ', '-');
        try (InputStream in = DockerGrammar.class.getResourceAsStream("/docker-cli/help/" + file + ".txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the words after {@code docker}, with the real client's rules and error texts. */
    public ParsedCommand parse(List<String> words) throws UsageError {
        return new FlagParser(this).parse(words);
    }
}
