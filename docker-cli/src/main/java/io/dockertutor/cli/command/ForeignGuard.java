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
 * On a real engine the tutor never stops or deletes what it did not create without asking: before such a command
 * it names the learner's own objects the command would touch, asks on a terminal ({@code [y/N]}), and refuses in
 * batch runs and validation unless {@code --allow-foreign} was given. On the simulated engine everything is the
 * tutor's, so nothing is ever asked.
 */
final class ForeignGuard {
    private static final Set<String> CONTAINER_VERBS = Set.of("rm", "stop", "kill", "restart", "pause", "unpause", "rename",
            "container rm", "container stop", "container kill", "container restart", "container pause",
            "container unpause", "container rename");
    private static final Set<String> IMAGE_VERBS = Set.of("rmi", "image rm", "image remove");

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
            check(cmd.args(), own::ownsNetwork, engine::inspectNetwork, "network", out);
        } else if (path.endsWith("prune")) {
            Ownership.Foreign f = own.foreign();
            boolean system = path.equals("system prune");
            if (system || path.equals("container prune")) {
                f.containers().forEach(c -> out.add("container " + c));
            }
            if (system || path.equals("image prune")) {
                f.images().forEach(i -> out.add("image " + i));
            }
            if (path.equals("volume prune") || system && cmd.bool("volumes")) {
                f.volumes().forEach(v -> out.add("volume " + v));
            }
            if (system || path.equals("network prune")) {
                f.networks().forEach(n -> out.add("network " + n));
            }
        }
        return out;
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
