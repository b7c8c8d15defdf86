package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.CommandDef;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.cli.grammar.UsageError;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.MountSpec;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.RestartPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flags of {@code docker run} and {@code docker create} turned into a {@link ContainerSpec}, with the
 * client-side checks of docker/cli's {@code opts.parse} in its order: flag values first (pflag's errors, exit
 * 125 with usage), then binds, ports, exposed ports, env and labels, the restart policy and the {@code --rm}
 * conflict. Everything after the image is the command, as in Docker.
 */
final class ContainerOptions {
    private ContainerOptions() {
    }

    /** {@code verb} is {@code run} or {@code create}, for the help hint of client-side errors. */
    static ContainerSpec toSpec(ParsedCommand cmd, HostFiles files, Map<String, String> clientEnv, String verb)
            throws UsageError {
        CommandDef def = cmd.command();
        List<MountSpec> mounts = new ArrayList<>();
        for (String m : cmd.list("mount")) {
            try {
                mounts.add(MountOptions.parse(m, files.resolve(".")));
            } catch (OptionError e) {
                throw OptionError.badFlagValue(def, "mount", m, e.getMessage());
            }
        }
        List<String> cliEnv = new ArrayList<>();
        for (String e : cmd.list("env")) {
            int eq = e.indexOf('=');
            if (eq == 0 || e.isEmpty()) {
                throw OptionError.badFlagValue(def, "env", e, "invalid environment variable: " + e);
            }
            if (eq > 0) {
                cliEnv.add(e);
            } else if (clientEnv.containsKey(e)) {
                // opts.ValidateEnv: a bare NAME takes the client's value; the client here is the practice shell.
                cliEnv.add(e + "=" + clientEnv.get(e));
            }
        }
        for (String l : cmd.list("label")) {
            String key = (l.contains("=") ? l.substring(0, l.indexOf('=')) : l).strip();
            if (key.isEmpty()) {
                throw OptionError.badFlagValue(def, "label", l, "invalid label '" + l + "': empty name");
            }
        }
        try {
            return build(cmd, files, mounts, cliEnv, clientEnv);
        } catch (OptionError e) {
            throw e.usage(verb);
        }
    }

    private static ContainerSpec build(ParsedCommand cmd, HostFiles files, List<MountSpec> mounts, List<String> cliEnv,
                                       Map<String, String> clientEnv) throws OptionError {
        RunOptionChecks.early(cmd);
        List<String> binds = new ArrayList<>();
        for (String v : cmd.list("volume")) {
            binds.add(absoluteBindSource(v, files));
        }
        refuseOutsideSources(binds, mounts, files);
        List<PortBinding> bindings = new ArrayList<>();
        Set<String> exposed = new LinkedHashSet<>();
        for (String p : cmd.list("publish")) {
            for (PortBinding b : PortSpecs.parsePublish(p)) {
                bindings.add(b);
                exposed.add(b.portKey());
            }
        }
        for (String e : cmd.list("expose")) {
            exposed.addAll(PortSpecs.parseExpose(e));
        }
        RunOptionChecks.devices(cmd);
        List<String> env = new ArrayList<>();
        for (String f : cmd.list("env-file")) {
            env.addAll(KeyValueFiles.read(f, files, clientEnv));
        }
        env.addAll(cliEnv);
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> labelLines = new ArrayList<>();
        for (String f : cmd.list("label-file")) {
            labelLines.addAll(KeyValueFiles.read(f, files));
        }
        labelLines.addAll(cmd.list("label"));
        for (String l : labelLines) {
            int eq = l.indexOf('=');
            labels.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
        }
        RunOptionChecks.modes(cmd);
        RunOptionChecks.loggingSecurityStorage(cmd);
        RunOptionChecks.health(cmd);
        RunOptionChecks.networkAliases(cmd);
        RestartPolicy restart = RestartPolicies.parse(cmd.string("restart", ""));
        boolean autoRemove = cmd.bool("rm");
        if (autoRemove && !RestartPolicies.isNone(restart)) {
            throw new OptionError("conflicting options: cannot specify both --restart and --rm");
        }
        List<String> args = cmd.args();
        List<String> command = args.size() > 1 ? List.copyOf(args.subList(1, args.size())) : null;
        List<String> entrypoint = null;
        if (cmd.has("entrypoint")) {
            String e = cmd.string("entrypoint", "");
            entrypoint = e.isEmpty() ? List.of() : List.of(e);
        }
        Integer stopTimeout = cmd.has("stop-timeout") ? cmd.integer("stop-timeout", 10) : null;
        return ContainerSpec.builder(args.get(0)).name(cmd.string("name", null)).cmd(command).entrypoint(entrypoint)
                .env(env).labels(labels).workingDir(cmd.string("workdir", "")).user(cmd.string("user", ""))
                .hostname(cmd.string("hostname", "")).exposedPorts(List.copyOf(exposed)).portBindings(bindings)
                .publishAll(cmd.bool("publish-all")).binds(binds).mounts(mounts).tmpfs(cmd.list("tmpfs"))
                .restartPolicy(restart).autoRemove(autoRemove).network(cmd.string("network", ""))
                .networkAliases(cmd.list("network-alias")).tty(cmd.bool("tty")).openStdin(cmd.bool("interactive"))
                .stopSignal(cmd.string("stop-signal", null)).stopTimeout(stopTimeout)
                .detach(cmd.has("detach") && cmd.bool("detach")).hostOptions(hostOptions(cmd)).build();
    }

    /** The flags whose values only the engine checks ({@code ContainerSpec.hostOptions}), as given. */
    private static final List<String> HOST_OPTIONS = List.of("cap-add", "cap-drop", "cpu-period", "cpu-quota", "cpuset-cpus",
            "cpuset-mems", "oom-score-adj", "isolation", "runtime", "ipc", "ip", "ip6", "link", "volumes-from", "log-driver",
            "log-opt", "stop-signal", "memory-swappiness", "cpu-shares", "cpu-rt-period", "cpu-rt-runtime", "blkio-weight",
            "dns", "device", "gpus", "group-add", "link-local-ip", "storage-opt");
    /** Resource flags sent as the API's numbers: sizes in bytes, CPUs in nanoCPUs, a boolean as true or false. */
    private static final List<String> SIZES = List.of("memory", "memory-swap", "memory-reservation");

    private static Map<String, List<String>> hostOptions(ParsedCommand cmd) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String flag : HOST_OPTIONS) {
            if (cmd.has(flag)) {
                out.put(flag, cmd.list(flag));
            }
        }
        if (cmd.has("add-host")) {
            out.put("add-host", cmd.list("add-host").stream().map(ContainerOptions::extraHost).toList());
        }
        for (String flag : SIZES) {
            if (cmd.has(flag)) {
                out.put(flag, List.of(Long.toString(ResourceValues.ram(cmd.string(flag, "")))));
            }
        }
        if (cmd.has("cpus")) {
            out.put("cpus", List.of(Long.toString(ResourceValues.nanoCpus(cmd.string("cpus", "")))));
        }
        for (String flag : List.of("oom-kill-disable", "read-only")) {
            if (cmd.has(flag)) {
                out.put(flag, List.of(Boolean.toString(cmd.bool(flag))));
            }
        }
        return out;
    }

    /**
     * An {@code --add-host} value as docker/cli's {@code ValidateExtraHost} sends it (the value was checked): the
     * daemon knows only {@code name:ip}, so {@code name=ip} and an address in brackets are rewritten.
     */
    static String extraHost(String value) {
        int cut = value.indexOf('=');
        if (cut < 0) {
            cut = value.indexOf(':');
        }
        String ip = value.substring(cut + 1);
        if (ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        return value.substring(0, cut) + ":" + ip;
    }

    /** The CLI makes a relative bind source ({@code ./site:/usr/share/nginx/html}) absolute before sending it. */
    static String absoluteBindSource(String bind, HostFiles files) {
        int colon = bind.indexOf(':');
        if (colon <= 0 || !bind.startsWith(".")) {
            return bind;
        }
        String host = bind.substring(0, colon);
        return files.resolve(host) + bind.substring(colon);
    }

    /**
     * Bind sources go through the learner's files before the daemon sees them: one that is, or passes through a
     * link leading, outside the workspace stops the command with {@link OutsideWorkspace}.
     */
    private static void refuseOutsideSources(List<String> binds, List<MountSpec> mounts, HostFiles files) {
        for (String b : binds) {
            int colon = b.indexOf(':');
            if (colon > 0 && b.startsWith("/")) {
                files.resolve(b.substring(0, colon));
            }
        }
        for (MountSpec m : mounts) {
            if ("bind".equals(m.type()) && m.source().startsWith("/")) {
                files.resolve(m.source());
            }
        }
    }
}
