package io.dockertutor.engine.contract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the differential corpus masks before comparing a simulated transcript with a real one: ids, digests,
 * ages and timestamps, the workspace path, the shell's own name, and the pull lines whose appearance is a race in
 * the real daemon. Kept in step with {@code mask()} in {@code scripts/record-corpus}.
 */
public final class CorpusMask {
    private static final String AGE = "(?:Less than a|About an?|an?|\\d+) (?:second|minute|hour|day|week|month|year)s?";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?m)^[0-9a-f]{12}: (?:Waiting|Verifying Checksum|Download complete)\\n"),
            Pattern.compile("sha256:[0-9a-f]{64}"),
            Pattern.compile("(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])"),
            Pattern.compile("(?<![0-9A-Za-z])[0-9a-f]{12}(?![0-9A-Za-z])"),
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)"),
            Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d{4} [A-Z]+"),
            Pattern.compile("[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT"),
            Pattern.compile(AGE + " ago"),
            Pattern.compile("Up " + AGE),
            Pattern.compile("after \\d+ ms: "),
            Pattern.compile("(?m)^(?:bash|docker-tutor): "),
            // ls -l's time of a file made during the recording (a date with a year, such as an image's 2020, stays)
            Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ 123]\\d \\d\\d:\\d\\d(?![:\\d])"));
    private static final List<String> REPLACEMENTS = List.of("", "sha256:<digest>", "x".repeat(64), "x".repeat(12),
            "<timestamp>", "<timestamp>", "<http-date>", "<age> ago", "Up <age>", "after <n> ms: ", "<shell>: ", "<ls-time>");
    private static final Pattern MULTISPACE = Pattern.compile(" {2,}");

    private CorpusMask() {
    }

    /**
     * Engine 20.10 (the lab engine) words a few daemon errors differently from current engines, which the
     * simulator follows; these rewrite the old wording in recordings. Each is a known, documented difference.
     */
    private static final List<String[]> ENGINE_20_WORDING = List.of(
            // Moby 23+ explains refused ps filter values; 20.10 only named them (or gave the bare parse error).
            new String[] {"Error response from daemon: Invalid filter 'status=([^']*)'", "Error response from daemon: invalid filter "
                + "'status=$1': invalid value for state ($1): must be one of created, running, paused, restarting, removing, exited, dead"},
            new String[] {"Error response from daemon: strconv.Atoi: parsing \"([^\"]*)\": invalid syntax",
                "Error response from daemon: invalid filter 'exited=$1': strconv.Atoi: parsing \"$1\": invalid syntax"},
            new String[] {"Error response from daemon: Unrecognised filter value for health: (\\S+)", "Error response from daemon: "
                + "invalid filter 'health=$1': invalid value for health ($1): must be one of none, starting, healthy, unhealthy"},
            new String[] {"Error response from daemon: no such container (\\S+)", "Error response from daemon: No such container: $1"},
            new String[] {"Error response from daemon: Invalid filter '", "Error response from daemon: invalid filter '"},
            // Image lookups (inspect, history) repeat the name the old way: "no such image: X: No such image: X:latest".
            new String[] {"Error response from daemon: no such image: \\S+: No such image: ", "Error response from daemon: No such image: "},
            // Moby 25 lower-cased errNotRunning and the kill prefix.
            new String[] {"Error response from daemon: Cannot kill container: ([^:]+): Container ([0-9a-f]{64}) is not running",
                "Error response from daemon: cannot kill container: $1: container $2 is not running"},
            new String[] {"Error response from daemon: Container ([0-9a-f]{64}) is not running", "Error response from daemon: container $1 is not running"},
            new String[] {"Error response from daemon: Cannot kill container: ", "Error response from daemon: cannot kill container: "},
            // Moby 25 (ValidateRestartPolicy) words a retry count on another policy as an invalid restart policy.
            new String[] {"Error response from daemon: maximum retry count cannot be used with restart policy '[^']*'",
                "Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'"},
            // Moby 23+ words these host-config refusals differently.
            new String[] {"Invalid isolation: \"([^\"]*)\" - linux only supports 'default'", "invalid isolation ($1): linux only supports 'default'"},
            new String[] {"Unknown runtime specified (\\S+)", "unknown or invalid runtime name: $1"},
            new String[] {"Invalid IPC mode: (\\S+)", "invalid IPC mode: $1"},
            // Moby 23+ (containerd 1.7, runc 1.1) wraps a program the runtime cannot start in two more contexts.
            new String[] {"Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: "
                + "unable to start container process: exec: ", "Error response from daemon: failed to create task for container: "
                + "failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: "
                + "error during container init: exec: "},
            // Moby 25 explains an unknown restart policy.
            new String[] {"Error response from daemon: invalid restart policy '([^']*)'", "Error response from daemon: invalid restart "
                + "policy: unknown policy '$1'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"});

    /**
     * Messages whose wording changed between Engine 20.10 and current engines in a way a rewrite cannot carry
     * (the new text names the container, the old one its id): both wordings become one token on both sides.
     */
    private static final List<String[]> SAME_MEANING = List.of(
            new String[] {"You cannot remove a running container [0-9a-f]{64}\\. Stop the container before attempting removal or force remove",
                "<cannot remove a running container>"},
            new String[] {"cannot remove container \"/[^\"]+\": container is running: stop the container before removing or force remove",
                "<cannot remove a running container>"},
            new String[] {"You cannot remove a paused container [0-9a-f]{64}\\. Unpause and then stop the container before attempting "
                + "removal or force remove", "<cannot remove a paused container>"},
            new String[] {"cannot remove container \"/[^\"]+\": container is paused and must be unpaused first",
                "<cannot remove a paused container>"},
            new String[] {"(?<=: |^)[Cc]ontainer ([0-9a-f]{64}) is not running", "container $1 is not running"},
            new String[] {"error while removing network: network (\\S+) id [0-9a-f]{64} has active endpoints",
                "<network $1 has active endpoints>"},
            new String[] {"error while removing network: network (\\S+) has active endpoints \\(name:\"[^\"]*\" id:\"[0-9a-f]{12}\"\\)",
                "<network $1 has active endpoints>"});

    /** A recording of the lab engine in today's engine wording. */
    public static String currentWording(String real) {
        String t = real;
        for (String[] rule : ENGINE_20_WORDING) {
            t = t.replaceAll(rule[0], rule[1]);
        }
        return sameMeaning(t);
    }

    /** Both sides: wordings of one meaning become one token. */
    public static String sameMeaning(String text) {
        String t = text;
        for (String[] rule : SAME_MEANING) {
            t = java.util.regex.Pattern.compile(rule[0], java.util.regex.Pattern.MULTILINE).matcher(t).replaceAll(rule[1]);
        }
        return t;
    }

    public static String mask(String text, String workspace) {
        String t = text.replace(workspace, "<ws>");
        for (int i = 0; i < PATTERNS.size(); i++) {
            t = PATTERNS.get(i).matcher(t).replaceAll(Matcher.quoteReplacement(REPLACEMENTS.get(i)));
        }
        return MULTISPACE.matcher(t).replaceAll("  ");
    }

    /**
     * {@code docker diff} lists changes, and {@code docker system df -v} its local volumes, in an order the real daemon
     * does not keep from one run to the next (it walks a map): those lines are compared as a set, by sorting them on
     * both sides.
     */
    public static String unordered(String transcript) {
        String[] lines = transcript.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            out.append(lines[i]);
            boolean diff = lines[i].matches("\\$ docker (container )?diff \\S+\\s*");
            boolean volumes = lines[i].equals("VOLUME NAME  LINKS  SIZE") && i >= 2 && lines[i - 2].equals("Local Volumes space usage:");
            i++;
            if (diff || volumes) {
                java.util.List<String> block = new java.util.ArrayList<>();
                while (i < lines.length && (diff ? lines[i].matches("[ACD] /.*") : !lines[i].isEmpty())) {
                    block.add(lines[i++]);
                }
                java.util.Collections.sort(block);
                block.forEach(l -> out.append('\n').append(l));
            }
            if (i < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
