package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ContainerUpdate;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Resources;
import io.dockertutor.engine.RestartPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker update [OPTIONS] CONTAINER...}: each container's name as given once the daemon took the change; the
 * daemon's errors together at the end, and status 1 if any ({@code container/update.go}).
 */
final class UpdateCommand implements DockerCommand {
    private static final List<String> FLAGS = List.of("blkio-weight", "cpu-period", "cpu-quota", "cpu-rt-period",
            "cpu-rt-runtime", "cpu-shares", "cpus", "cpuset-cpus", "cpuset-mems", "memory", "memory-reservation",
            "memory-swap", "pids-limit", "restart");

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        if (FLAGS.stream().noneMatch(cmd::has)) {
            ctx.err().println("you must provide one or more flags when using this command");
            return 1;
        }
        RestartPolicy policy = null;
        String restart = cmd.string("restart", "");
        if (!restart.isEmpty()) {
            try {
                policy = RestartPolicies.parse(restart);
            } catch (OptionError e) {
                ctx.err().println(e.getMessage());
                return 1;
            }
        }
        long pids = number(cmd, "pids-limit");
        Resources resources = new Resources(ram(cmd, "memory"), ram(cmd, "memory-reservation"), ram(cmd, "memory-swap"),
                nanoCpus(cmd.string("cpus", "")), number(cmd, "cpu-shares"), number(cmd, "cpu-period"),
                number(cmd, "cpu-quota"), cmd.string("cpuset-cpus", ""), cmd.string("cpuset-mems", ""),
                (int) number(cmd, "blkio-weight"), pids != 0 ? pids : null);
        ContainerUpdate update = new ContainerUpdate(policy, resources);
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String container : cmd.args()) {
            try {
                warnings.addAll(ctx.engine().updateContainer(container, update));
                ctx.out().println(container);
            } catch (EngineException e) {
                errors.add("Error response from daemon: " + e.getMessage());
            }
        }
        if (!warnings.isEmpty()) {
            ctx.out().println(String.join("\n", warnings));
        }
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    private static long number(ParsedCommand cmd, String flag) {
        String v = cmd.string(flag, "");
        return v.isEmpty() ? 0 : Long.parseLong(v);
    }

    private static long ram(ParsedCommand cmd, String flag) {
        return ResourceValues.ram(cmd.string(flag, ""));
    }

    private static long nanoCpus(String cpus) {
        return ResourceValues.nanoCpus(cpus);
    }
}
