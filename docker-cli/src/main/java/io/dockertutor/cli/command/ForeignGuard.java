package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Ownership;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * On a real engine the tutor never stops, deletes or writes into what it did not create without asking: before such
 * a command it names the learner's own objects the command would touch, asks on a terminal ({@code [y/N]}), and
 * refuses in batch runs and validation unless {@code --allow-foreign} was given. Writing is {@code exec} in, or
 * {@code cp} into, a container, {@code network connect} of one, {@code rename}, and mounting someone else's volume
 * without {@code :ro} ({@code run}, {@code create}); in a lesson a volume named like the learner's is the session's
 * own already ({@link Ownership#lessonScope}). The engine's own networks ({@code bridge}, {@code host},
 * {@code none}) are left to the daemon, which refuses to remove them in its own words. On the simulated engine
 * everything is the tutor's, so nothing is ever asked.
 */
final class ForeignGuard {
    /** Commands whose every argument is a container they stop, delete or change (update: its limits and policy). */
    private static final Set<String> CONTAINER_VERBS = Set.of("rm", "stop", "kill", "restart", "pause", "unpause", "rename",
            "update", "start", "container rm", "container stop", "container kill", "container restart", "container pause",
            "container unpause", "container rename", "container update", "container start");
    private static final Set<String> IMAGE_VERBS = Set.of("rmi", "image rm", "image remove");
    /** Commands whose first argument is a container they write into or act on (commit pauses it; attach types into it). */
    private static final Set<String> WRITE_INTO = Set.of("exec", "container exec", "commit", "container commit", "attach",
            "container attach");
    private static final Set<String> COPY = Set.of("cp", "container cp");
    private static final Set<String> CREATE = Set.of("run", "create", "container run", "container create");
    private static final Set<String> PREDEFINED_NETWORKS = Set.of("bridge", "host", "none");

    private ForeignGuard() {
    }

    /** Whether the command may go on: true when it touches only the tutor's objects, or the learner agreed. */
    static boolean allows(ParsedCommand cmd, CliContext ctx, boolean allowForeign) {
        if (allowForeign) {
            return true;
        }
        Engine engine = ctx.engine();
        Ownership own = engine.ownership();
        if (own == Ownership.EVERYTHING) {
            return true;
        }
        List<String> foreign = foreignTargets(cmd.command().path(), cmd, engine, own);
        if (foreign.isEmpty()) {
            return true;
        }
        String names = String.join(", ", foreign);
        if (!ctx.terminal()) {
            ctx.err().println(DockerCli.message(ctx, "foreign.refused", cmd.command().commandLine(), names));
            return false;
        }
        ctx.out().print(DockerCli.message(ctx, "foreign.ask", cmd.command().commandLine(), names) + " [y/N] ");
        ctx.out().flush();
        return Confirm.answeredYes(ctx);
    }

    private static List<String> foreignTargets(String path, ParsedCommand cmd, Engine engine, Ownership own) {
        List<String> out = new ArrayList<>();
        if (CONTAINER_VERBS.contains(path)) {
            List<String> args = path.endsWith("rename") ? cmd.args().subList(0, Math.min(1, cmd.args().size())) : cmd.args();
            check(args, own::ownsContainer, name -> engine.inspectContainer(name, false), "container", out);
        } else if (IMAGE_VERBS.contains(path)) {
            check(cmd.args(), own::ownsImage, engine::inspectImage, "image", out);
        } else if (path.equals("volume rm") || path.equals("volume remove")) {
            check(cmd.args(), own::ownsVolume, engine::inspectVolume, "volume", out);
        } else if (path.equals("network rm") || path.equals("network remove")) {
            List<String> names = cmd.args().stream().filter(n -> !PREDEFINED_NETWORKS.contains(n)).toList();
            check(names, own::ownsNetwork, engine::inspectNetwork, "network", out);
        } else if ((path.equals("network connect") || path.equals("network disconnect")) && cmd.args().size() > 1) {
            check(cmd.args().subList(1, 2), own::ownsContainer, name -> engine.inspectContainer(name, false), "container", out);
        } else if (WRITE_INTO.contains(path) && !cmd.args().isEmpty()) {
            check(cmd.args().subList(0, 1), own::ownsContainer, name -> engine.inspectContainer(name, false), "container", out);
        } else if (COPY.contains(path) && cmd.args().size() == 2) {
            String destination = cmd.args().get(1);
            int colon = destination.indexOf(':');
            if (colon > 0 && !destination.startsWith("/") && !destination.startsWith(".")) {
                check(List.of(destination.substring(0, colon)), own::ownsContainer, name -> engine.inspectContainer(name, false),
                        "container", out);
            }
        } else if (CREATE.contains(path)) {
            if (!own.lessonScoped()) {
                check(writableVolumes(cmd), own::ownsVolume, engine::inspectVolume, "volume", out);
            }
            check(writableVolumesFrom(cmd), own::ownsContainer, name -> engine.inspectContainer(name, false), "container", out);
        } else if (path.endsWith("prune")) {
            prunes(path, cmd, own, out);
        }
        return out;
    }

    /** What a prune would remove of others': in a lesson prunes keep to the session's, but for images. */
    private static void prunes(String path, ParsedCommand cmd, Ownership own, List<String> out) {
        Ownership.Foreign f = own.foreign();
        boolean system = path.equals("system prune");
        boolean scoped = own.lessonScoped();
        if ((system || path.equals("container prune")) && !scoped) {
            f.containers().forEach(c -> out.add("container " + c));
        }
        if (system || path.equals("image prune")) {
            // Without -a only dangling images go, the ones without a name.
            f.images().stream().filter(i -> cmd.bool("all") || i.startsWith("sha256:")).forEach(i -> out.add("image " + i));
        }
        if ((path.equals("volume prune") || system && cmd.bool("volumes")) && !scoped) {
            f.volumes().forEach(v -> out.add("volume " + v));
        }
        if ((system || path.equals("network prune")) && !scoped) {
            f.networks().forEach(n -> out.add("network " + n));
        }
    }

    /** The named volumes a {@code run} or {@code create} mounts read-write ({@code -v NAME:/p}, {@code --mount}). */
    static List<String> writableVolumes(ParsedCommand cmd) {
        List<String> out = new ArrayList<>();
        for (String v : cmd.list("volume")) {
            String[] parts = v.split(":");
            boolean named = parts.length >= 2 && !parts[0].isEmpty() && !parts[0].contains("/") && !parts[0].startsWith(".")
                    && !parts[0].startsWith("~");
            boolean readOnly = parts.length == 3 && List.of(parts[2].split(",")).contains("ro");
            if (named && !readOnly) {
                out.add(parts[0]);
            }
        }
        for (String m : cmd.list("mount")) {
            String type = "volume";
            String source = "";
            boolean readOnly = false;
            for (String field : m.split(",")) {
                String[] kv = field.split("=", 2);
                switch (kv[0].strip()) {
                    case "type" -> type = kv.length > 1 ? kv[1] : type;
                    case "source", "src" -> source = kv.length > 1 ? kv[1] : "";
                    case "readonly", "ro" -> readOnly = kv.length == 1 || !kv[1].equals("false") && !kv[1].equals("0");
                    default -> { }
                }
            }
            if (type.equals("volume") && !source.isEmpty() && !readOnly) {
                out.add(source);
            }
        }
        return out;
    }

    /** The containers whose volumes a {@code run} or {@code create} mounts read-write ({@code --volumes-from C[:rw]}). */
    static List<String> writableVolumesFrom(ParsedCommand cmd) {
        return cmd.list("volumes-from").stream().filter(v -> !v.endsWith(":ro")).map(v -> v.split(":")[0]).toList();
    }

    /** Names that exist and are not the tutor's; missing ones are left for the daemon to report. */
    private static void check(List<String> names, Predicate<String> owned, Consumer<String> exists, String kind, List<String> out) {
        for (String name : names) {
            if (owned.test(name)) {
                continue;
            }
            try {
                exists.accept(name);
                out.add(kind + " " + name);
            } catch (EngineException e) {
                // Not there: the command's own error says so.
            }
        }
    }
}
