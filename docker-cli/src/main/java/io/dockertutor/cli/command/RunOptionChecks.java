package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of docker/cli's {@code container.parse} on values pflag accepted: {@code --mac-address},
 * {@code --memory-swappiness}, {@code --device} ({@code validateLinuxPath}) and the {@code --health-*} signs,
 * printed as {@code docker: MESSAGE} with the help hint, exit 125.
 */
final class RunOptionChecks {
    private static final Pattern MAC = Pattern.compile(
            "[0-9a-fA-F]{2}([:-])(?:[0-9a-fA-F]{2}\\1){4}[0-9a-fA-F]{2}|[0-9a-fA-F]{2}([:-])(?:[0-9a-fA-F]{2}\\2){6}[0-9a-fA-F]{2}"
                    + "|[0-9a-fA-F]{2}([:-])(?:[0-9a-fA-F]{2}\\3){18}[0-9a-fA-F]{2}|[0-9a-fA-F]{4}(?:\\.[0-9a-fA-F]{4}){2,9}");
    private static final List<String> HEALTH = List.of("health-interval", "health-timeout", "health-retries",
            "health-start-period", "health-start-interval");

    private RunOptionChecks() {
    }

    /** What {@code parse} checks before the binds: the MAC address, then the swappiness range. */
    static void early(ParsedCommand cmd) throws OptionError {
        String mac = cmd.string("mac-address", "");
        if (!mac.isEmpty() && !MAC.matcher(mac.strip()).matches()) {
            throw new OptionError(mac + " is not a valid mac address");
        }
        long swappiness = cmd.has("memory-swappiness") ? Long.parseLong(cmd.string("memory-swappiness", "-1")) : -1;
        if (swappiness != -1 && (swappiness < 0 || swappiness > 100)) {
            throw new OptionError("invalid value: " + swappiness + ". Valid memory swappiness range is 0-100");
        }
    }

    /** {@code validateDevice} for a Linux daemon, after the exposed ports. */
    static void devices(ParsedCommand cmd) throws OptionError {
        for (String d : cmd.list("device")) {
            String[] split = d.split(":", 3);
            if (d.chars().filter(c -> c == ':').count() > 2 || split[0].isEmpty()) {
                throw new OptionError("bad format for path: " + d);
            }
            String containerPath = split[0];
            if (split.length == 2 && !validMode(split[1])) {
                containerPath = split[1];
            } else if (split.length == 3) {
                containerPath = split[1];
                if (!validMode(split[2])) {
                    throw new OptionError("bad mode specified: " + split[2]);
                }
            }
            if (!containerPath.startsWith("/")) {
                throw new OptionError(containerPath + " is not an absolute path");
            }
        }
    }

    /**
     * The namespace modes ({@code PidMode.Valid} and friends in moby's api/types/container), then, after the restart
     * policy, {@code parseLoggingOpts}, {@code parseSecurityOpts} and {@code parseStorageOpts}: what {@code parse}
     * checks between the labels and the health settings.
     */
    static void modes(ParsedCommand cmd) throws OptionError {
        String pid = cmd.string("pid", "");
        if (!pid.isEmpty() && !pid.equals("host") && !(pid.startsWith("container:") && pid.length() > "container:".length())) {
            throw new OptionError("--pid: invalid PID mode");
        }
        if (!cmd.string("uts", "").isEmpty() && !cmd.string("uts", "").equals("host")) {
            throw new OptionError("--uts: invalid UTS mode");
        }
        if (!cmd.string("userns", "").isEmpty() && !cmd.string("userns", "").equals("host")) {
            throw new OptionError("--userns: invalid USER mode");
        }
        if (!List.of("", "private", "host").contains(cmd.string("cgroupns", ""))) {
            throw new OptionError("--cgroupns: invalid CGROUP mode");
        }
    }

    /** {@code parseLoggingOpts}, {@code parseSecurityOpts} (without reading seccomp files) and {@code parseStorageOpts}. */
    static void loggingSecurityStorage(ParsedCommand cmd) throws OptionError {
        String driver = cmd.string("log-driver", "");
        if (driver.equals("none") && !cmd.list("log-opt").isEmpty()) {
            throw new OptionError("invalid logging opts for driver " + driver);
        }
        for (String opt : cmd.list("security-opt")) {
            int eq = opt.indexOf('=');
            String k = eq < 0 ? opt : opt.substring(0, eq);
            String v = eq < 0 ? "" : opt.substring(eq + 1);
            boolean ok = eq >= 0;
            if (!ok && !k.equals("no-new-privileges")) {
                int colon = opt.indexOf(':');
                ok = colon >= 0;
                k = ok ? opt.substring(0, colon) : opt;
                v = ok ? opt.substring(colon + 1) : "";
            }
            if ((!ok || v.isEmpty()) && !k.equals("no-new-privileges")) {
                throw new OptionError("Invalid --security-opt: " + GoQuoting.quote(opt));
            }
        }
        for (String opt : cmd.list("storage-opt")) {
            if (!opt.contains("=")) {
                throw new OptionError("invalid storage option");
            }
        }
    }

    /**
     * {@code parseNetworkAttachmentOpt}: {@code --network-alias} needs a user-defined first network (not the
     * default one, {@code bridge}, {@code host}, {@code none} or {@code container:...}).
     */
    static void networkAliases(ParsedCommand cmd) throws OptionError {
        if (cmd.list("network-alias").isEmpty()) {
            return;
        }
        List<String> nets = cmd.list("network");
        String target = nets.isEmpty() ? "default" : nets.get(0);
        for (String field : target.split(",")) {
            if (field.startsWith("name=")) {
                target = field.substring("name=".length());
            }
        }
        if (List.of("default", "bridge", "host", "none").contains(target) || target.startsWith("container:")) {
            throw new OptionError("network-scoped aliases are only supported for user-defined networks");
        }
    }

    /** The {@code --health-*} values may not be negative (checked when any health setting is given). */
    static void health(ParsedCommand cmd) throws OptionError {
        if (cmd.bool("no-healthcheck") && (cmd.has("health-cmd") && !cmd.string("health-cmd", "").isEmpty()
                || HEALTH.stream().anyMatch(h -> cmd.has(h) && !isZero(cmd.string(h, "0"))))) {
            throw new OptionError("--no-healthcheck conflicts with --health-* options");
        }
        for (String h : HEALTH) {
            String v = cmd.string(h, "0");
            if (v.startsWith("-") && !isZero(v)) {
                throw new OptionError("--" + h + " cannot be negative");
            }
        }
    }

    private static boolean isZero(String v) {
        return !v.matches(".*[1-9].*");
    }

    /** {@code validDeviceMode}: r, w and m, each at most once. */
    private static boolean validMode(String mode) {
        return !mode.isEmpty() && mode.length() <= 3 && mode.chars().allMatch(c -> "rwm".indexOf(c) >= 0)
                && mode.chars().distinct().count() == mode.length();
    }
}
