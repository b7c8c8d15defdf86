package io.dockertutor.cli.command;

import io.dockertutor.gotext.TemplateException;
import io.dockertutor.cli.grammar.CommandDef;
import io.dockertutor.cli.grammar.DaemonFeatures;
import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.cli.grammar.UsageError;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The {@code docker} command: parses the words after it with the real client's grammar, then runs the command
 * that implements it. Whatever goes wrong ends as text on standard error and an exit status, as in the real
 * client; never as a Java exception.
 *
 * <pre>{@code
 * int status = new DockerCli().run(List.of("images", "-q"), context);
 * }</pre>
 */
public final class DockerCli {
    private static final String CLIENT_VERSION = "28.2.2";
    private static final String CLIENT_BUILD = "e6534b4";

    private final Map<String, DockerCommand> commands = new HashMap<>();
    private final DockerGrammar grammar = DockerGrammar.get();

    public DockerCli() {
        ImageCommands.register(this);
        SystemCommands.register(this);
        ContainerCommands.register(this);
        ContextCommands.register(this);
    }

    /** Makes {@code command} answer to {@code path} ({@code "image ls"}) and to every alias the grammar lists for it. */
    void register(String path, DockerCommand command) {
        CommandDef def = grammar.command(path).orElseThrow(() -> new IllegalArgumentException("no docker command " + path));
        for (String p : def.allPaths()) {
            commands.put(p, command);
        }
    }

    private boolean allowForeign;

    /** {@code --allow-foreign}: on a real engine, let commands touch objects the tutor did not create, without asking. */
    public void allowForeign(boolean allow) {
        this.allowForeign = allow;
    }

    public DockerGrammar grammar() {
        return grammar;
    }

    public int run(List<String> words, CliContext context) {
        ParsedCommand parsed;
        words = BuilderAlias.rewrite(words);
        try {
            parsed = grammar.parse(words);
        } catch (UsageError e) {
            // buildx is a plugin: it prints its usage errors after "ERROR: " and exits with 1.
            context.err().print(BuilderAlias.isBuildx(words) ? "ERROR: " + e.text() : e.text());
            return BuilderAlias.isBuildx(words) ? 1 : e.exitCode();
        }
        parsed.warnings().forEach(context.err()::println);
        CommandDef def = parsed.command();
        if (def.path().isEmpty() && parsed.has("version")) {
            context.out().println("Docker version " + CLIENT_VERSION + ", build " + CLIENT_BUILD);
            return 0;
        }
        if (parsed.help()) {
            // the captured pages name the capturing client's config directory; a client names its own
            context.out().print(grammar.help(def, daemonFeatures(context)).replace("\"/root/.docker", "\"" + context.configDir()));
            return 0;
        }
        DockerCommand command = commands.get(def.path());
        if (command == null) {
            // On a real engine the advice to try a real engine would be no help.
            boolean real = context.engine().ownership() != io.dockertutor.engine.Ownership.EVERYTHING;
            context.err().println(message(context, real ? "docker.notSupported" : "docker.notSimulated", def.commandLine()));
            return 1;
        }
        // cmd/docker's areFlagsSupported: flags given that need a newer API than the daemon's (asked only then, as the
        // CLI asks lazily) or another OS type (grammar.yaml's annotations), refused in flag order.
        List<String> unsupported = new java.util.ArrayList<>();
        String[] api = new String[1];
        for (String f : def.options().stream().map(o -> o.name()).filter(parsed::has).toList()) {
            java.util.Map<String, String> notes = grammar.annotations(def.path(), f);
            String version = notes.get("version");
            if (version != null && DaemonFeatures.olderThan(api[0] == null ? api[0] = daemonFeatures(context).apiVersion() : api[0], version)) {
                unsupported.add("\"--" + f + "\" requires API version " + version + ", but the Docker daemon API version is " + api[0]);
            } else if (!"linux".equals(notes.getOrDefault("ostype", "linux"))) {
                unsupported.add("\"--" + f + "\" is only supported on a Docker daemon running on " + notes.get("ostype")
                        + ", but the Docker daemon is running on linux");
            }
        }
        if (!unsupported.isEmpty()) {
            unsupported.forEach(context.err()::println);
            return 1;
        }
        try {
            if (!ForeignGuard.allows(parsed, context, allowForeign)) {
                return 1;
            }
            return command.run(parsed, context);
        } catch (UsageError e) {
            context.err().print(e.text());
            return e.exitCode();
        } catch (OutsideWorkspace e) {
            // a host path the tutor will not touch: refused before the daemon would see it, with its status
            context.err().println(e.line(context.locale()));
            return daemonSide(def) ? 125 : 1;
        } catch (EngineException e) {
            // In-stream errors print bare, as docker does; an unreachable daemon is no daemon response at all and
            // its (localized) message already says so.
            boolean bare = e.kind() == EngineException.Kind.IN_STREAM || e.kind() == EngineException.Kind.UNAVAILABLE;
            context.err().println(bare ? e.getMessage() : "Error response from daemon: " + e.getMessage());
            return 1;
        } catch (ImageReference.InvalidReferenceException e) {
            context.err().println(e.getMessage());
            return 1;
        } catch (TemplateException e) {
            context.err().println(io.dockertutor.gotext.DockerFormat.ERROR_PREFIX + e.getMessage());
            return 1;
        } catch (io.dockertutor.gotext.FormatOutputLimit e) {
            context.err().println(e.steps()
                    ? message(context, "format.tooManySteps", String.valueOf(io.dockertutor.gotext.FormatOutputLimit.MAX_STEPS))
                    : message(context, "format.outputTooLarge", String.valueOf(io.dockertutor.gotext.FormatOutputLimit.MAX_CHARS)));
            return 1;
        } catch (UnsupportedOperationException e) {
            // An engine call the simulated engine does not model yet: say so rather than fail obscurely.
            context.err().println(message(context, "docker.notSimulated", def.commandLine()));
            return 1;
        } catch (RuntimeException e) {
            context.err().println(message(context, "docker.internalError", String.valueOf(e)));
            return 1;
        }
    }

    /**
     * What the client's ping tells it of the daemon, for --help: the API version it negotiates (the daemon's when
     * older than its own), on a Linux daemon without experimental features outside swarm, as every engine the
     * tutor drives is. No daemon: the client's assumptions, which hide nothing.
     */
    private static DaemonFeatures daemonFeatures(CliContext context) {
        try {
            String server = context.engine().version().apiVersion();
            return DaemonFeatures.linux(server == null || server.isEmpty() || DaemonFeatures.olderThan(
                    VersionCommand.CLIENT_API, server) ? VersionCommand.CLIENT_API : server);
        } catch (RuntimeException e) {
            return DaemonFeatures.unreachable(VersionCommand.CLIENT_API);
        }
    }

    /** The API version the client uses with the daemon: its own, or the daemon's when that is older. */
    static String negotiatedApi(CliContext context) {
        return daemonFeatures(context).apiVersion();
    }

    /** {@code run} and {@code create} report a refused bind source or cid file with 125, as the daemon's errors. */
    private static boolean daemonSide(CommandDef def) {
        String path = def.path();
        return path.endsWith("run") || path.endsWith("create");
    }

    static String message(CliContext context, String key, Object... args) {
        String pattern = ResourceBundle.getBundle("io.dockertutor.cli.command.messages", context.locale()).getString(key);
        return new java.text.MessageFormat(pattern, context.locale()).format(args);
    }

    /**
     * After a listing in a lesson on a shared engine: one line on standard error (so {@code $(docker ps -q)} takes
     * none of it) saying how many of the learner's own {@code kind} the lesson's listing left out.
     */
    static void noteHidden(CliContext context, String kind) {
        int hidden = context.engine().ownership().hiddenByLastListing();
        if (hidden > 0) {
            context.err().println(message(context, "listing.hidden." + kind, hidden));
        }
    }

    /** The command implementing a path, for tests and completion. */
    Optional<DockerCommand> command(String path) {
        return Optional.ofNullable(commands.get(path));
    }
}
