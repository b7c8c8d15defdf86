package io.dockertutor.cli.grammar;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The validators docker/cli gives its list flags ({@code opts.NewListOpts(opts.ValidateExtraHost)} and friends,
 * in {@code cli/command/container/opts.go}), by flag name, with their texts; and the {@code gpu-request} value of
 * {@code --gpus} ({@code opts.GpuOpts.Set}).
 */
final class ListValidators {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern DOMAIN = Pattern.compile(
            "^(:?(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9]))(:?\\.(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])))*)\\.?\\s*$");

    private ListValidators() {
    }

    /** The problem with one value of list flag {@code name}, or empty when it passes (or the flag has no validator). */
    static Optional<String> check(String name, String value) {
        return switch (name) {
            case "add-host" -> extraHost(value);
            case "dns" -> isIp(value.strip()) ? Optional.empty()
                    : Optional.of("IP address is not correctly formatted: " + value);
            case "dns-search" -> dnsSearch(value);
            case "link" -> link(value);
            case "attach" -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "stdin", "stdout", "stderr" -> Optional.empty();
                default -> Optional.of("valid streams are STDIN, STDOUT and STDERR");
            };
            case "env", "build-arg" -> value.isEmpty() || value.startsWith("=") ? Optional.of("invalid environment variable: " + value) : Optional.empty();
            case "label" -> label(value);
            case "blkio-weight-device" -> device(value).or(() -> weight(value));
            case "device-read-bps", "device-write-bps" -> device(value).or(() -> FlagConverters.size(after(value))
                    .or(() -> after(value).startsWith("-") ? Optional.of("") : Optional.empty())
                    .map(e -> "invalid rate for device: " + value + ". The correct format is <device-path>:<number>[<unit>]. "
                            + "Number must be a positive integer. Unit is optional and can be kb, mb, or gb"));
            case "device-read-iops", "device-write-iops" -> device(value).or(() -> FlagValues.check("uint64", after(value))
                    .map(e -> "invalid rate for device: " + value + ". The correct format is <device-path>:<number>. "
                            + "Number must be a positive integer"));
            case "device-cgroup-rule" -> CGROUP_RULE.matcher(value).matches() ? Optional.empty()
                    : Optional.of("invalid device cgroup format '" + value + "'");
            case "sysctl" -> sysctl(value);
            default -> Optional.empty();
        };
    }

    private static final Pattern CGROUP_RULE = Pattern.compile("[acb] ([0-9]+|\\*):([0-9]+|\\*) [rwm]{1,3}");
    private static final java.util.Set<String> SYSCTLS = java.util.Set.of("kernel.msgmax", "kernel.msgmnb", "kernel.msgmni",
            "kernel.sem", "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced");

    private static String after(String value) {
        return value.substring(value.indexOf(':') + 1);
    }

    /** The device part of {@code opts.ValidateWeightDevice} and {@code ValidateThrottle*Device}. */
    private static Optional<String> device(String value) {
        int cut = value.indexOf(':');
        if (cut <= 0) {
            return Optional.of("bad format: " + value);
        }
        return value.startsWith("/dev/") ? Optional.empty() : Optional.of("bad format for device path: " + value);
    }

    private static Optional<String> weight(String value) {
        String v = after(value);
        if (FlagValues.check("uint16", v).isPresent()) {
            return Optional.of("invalid weight for device: " + value);
        }
        long w = Long.parseLong(v);
        return w > 0 && (w < 10 || w > 1000) ? Optional.of("invalid weight for device: " + value) : Optional.empty();
    }

    /** {@code opts.ValidateLabel}: a name before any {@code =}, without blanks. */
    private static Optional<String> label(String value) {
        String key = value.split("=", 2)[0].replaceAll("^[ \t]+", "");
        if (key.isEmpty()) {
            return Optional.of("invalid label '" + value + "': empty name");
        }
        return key.contains(" ") || key.contains("\t") ? Optional.of("label '" + key + "' contains whitespaces") : Optional.empty();
    }

    /** {@code opts.ValidateSysctl}: namespaced sysctls only. */
    private static Optional<String> sysctl(String value) {
        int eq = value.indexOf('=');
        String k = eq < 0 ? "" : value.substring(0, eq);
        if (k.isEmpty() || !SYSCTLS.contains(k) && !k.startsWith("net.") && !k.startsWith("fs.mqueue.")) {
            return Optional.of("sysctl '" + value + "' is not allowed");
        }
        return Optional.empty();
    }

    /** Go's {@code net.ParseIP}: dotted IPv4 or an IPv6 address (with an optional embedded IPv4 tail). */
    static boolean isIp(String s) {
        if (IPV4.matcher(s).matches()) {
            return true;
        }
        if (!s.contains(":") || !s.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        String body = s;
        int groups = 0;
        int dot = s.lastIndexOf(':');
        if (s.substring(dot + 1).contains(".")) {
            if (!IPV4.matcher(s.substring(dot + 1)).matches()) {
                return false;
            }
            body = s.substring(0, dot + 1) + "0";
            groups = 1;
        }
        int dbl = body.indexOf("::");
        if (dbl >= 0 && body.indexOf("::", dbl + 1) >= 0) {
            return false;
        }
        String[] parts = body.split(":", -1);
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                boolean partOfDouble = dbl >= 0 && (i > 0 && parts[i - 1].isEmpty() || i + 1 < parts.length && parts[i + 1].isEmpty()
                        || i == 0 || i == parts.length - 1);
                if (!partOfDouble) {
                    return false;
                }
                continue;
            }
            if (p.length() > 4 || p.contains(".")) {
                return false;
            }
            n++;
        }
        n += groups;
        return dbl >= 0 ? n < 8 : n == 8;
    }

    private static Optional<String> extraHost(String val) {
        int cut = val.indexOf('=');
        if (cut < 0) {
            cut = val.indexOf(':');
        }
        String k = cut < 0 ? "" : val.substring(0, cut);
        if (cut < 0 || k.isEmpty() || k.contains(":")) {
            return Optional.of("bad format for add-host: " + FlagValues.quote(val));
        }
        String v = val.substring(cut + 1);
        if (v.equals("host-gateway")) {
            return Optional.empty();
        }
        String ip = v.length() > 2 && v.startsWith("[") && v.endsWith("]") ? v.substring(1, v.length() - 1) : v;
        return isIp(ip.strip()) ? Optional.empty() : Optional.of("invalid IP address in add-host: " + FlagValues.quote(ip));
    }

    private static Optional<String> dnsSearch(String value) {
        String val = value.replaceAll("^ +| +$", "");
        if (val.equals(".")) {
            return Optional.empty();
        }
        var m = DOMAIN.matcher(val);
        if (val.chars().anyMatch(Character::isLetter) && m.find() && m.group(1).length() < 255) {
            return Optional.empty();
        }
        return Optional.of(val + " is not a valid domain");
    }

    private static Optional<String> link(String val) {
        if (val.isEmpty()) {
            return Optional.of("empty string specified for links");
        }
        return val.split(":", 3).length > 2 ? Optional.of("bad format for links: " + val) : Optional.empty();
    }

    /** {@code opts.GpuOpts.Set}: {@code all}, a count, or {@code key=value} fields (driver, count, device, capabilities, options). */
    static Optional<String> gpus(String value) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean inQuotes = false;
        java.util.List<String> fields = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == ',' && !inQuotes) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        for (String field : fields) {
            int eq = field.indexOf('=');
            String key = eq < 0 ? field : field.substring(0, eq);
            if (!seen.add(key)) {
                return Optional.of("gpu request key '" + key + "' can be specified only once");
            }
            if (eq < 0 || key.equals("count")) {
                Optional<String> bad = count(eq < 0 ? key : field.substring(eq + 1));
                if (bad.isPresent()) {
                    return bad;
                }
            } else if (!java.util.Set.of("driver", "device", "capabilities", "options").contains(key)) {
                return Optional.of("unexpected key '" + key + "' in '" + field + "'");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> count(String s) {
        if (s.equals("all")) {
            return Optional.empty();
        }
        Optional<String> bad = FlagValues.check("int", s);
        return bad.map(b -> "invalid count (" + s + "): value must be either \"all\" or an integer: "
                + b.substring(b.lastIndexOf(": ") + 2));
    }
}
