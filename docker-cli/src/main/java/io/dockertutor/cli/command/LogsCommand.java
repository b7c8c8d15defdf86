package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.LogOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * {@code docker logs [-t] [--tail N] [--since T] [--until T] [-f] CONTAINER}: each line to the stream the
 * process wrote it on. {@code -f} at a terminal follows the container until its process ends or Ctrl-C.
 */
final class LogsCommand implements DockerCommand {
    /** The daemon's {@code jsonmessage.RFC3339NanoFixed}: always nine fraction digits. */
    private static final long POLL_MILLIS = 200;
    private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        Instant now = ctx.clock().instant();
        Instant since;
        Instant until;
        try {
            since = cmd.has("since") ? time(cmd.string("since", ""), now, "since") : null;
            until = cmd.has("until") ? time(cmd.string("until", ""), now, "until") : null;
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        String tail = cmd.string("tail", "all");
        int n = -1;
        try {
            n = tail.equals("all") ? -1 : Integer.parseInt(tail);
        } catch (NumberFormatException e) {
            n = -1; // the daemon reads a tail it cannot parse as "all"
        }
        boolean timestamps = cmd.bool("timestamps");
        // --details puts the log's extra attributes (none: no --log-opt labels or env) and a space before each line
        String details = cmd.bool("details") ? " " : "";
        String name = cmd.args().get(0);
        java.util.List<LogEntry> shown = ctx.engine().logs(name, new LogOptions(n, since, until));
        shown.forEach(e -> print(ctx, e, timestamps, details));
        if (cmd.bool("follow") && until == null && ctx.terminal()) {
            follow(ctx, name, shown, since, timestamps, details);
        }
        return 0;
    }

    /**
     * {@code -f}: what the container writes from now on, until its process ends or Ctrl-C (the REPL then reports
     * 130), as the daemon's follow stream does. Polls the engine's log, so both engines follow alike; without a
     * terminal (a script the tutor runs) time does not pass and the log is printed once, as before.
     */
    private static void follow(CliContext ctx, String name, java.util.List<LogEntry> shown, Instant since, boolean timestamps,
                               String details) {
        Instant last = shown.isEmpty() ? since : shown.get(shown.size() - 1).time();
        int atLast = last == null ? 0 : (int) shown.stream().filter(e -> e.time().equals(shown.get(shown.size() - 1).time())).count();
        boolean running = true;
        while (running) {
            running = ctx.engine().inspectContainer(name, false).state().running();
            if (running && !io.dockertutor.engine.Interruption.sleep(POLL_MILLIS)) {
                return; // Ctrl-C
            }
            java.util.List<LogEntry> fresh = ctx.engine().logs(name, new LogOptions(-1, last, null));
            int skip = 0;
            int before = atLast;
            for (LogEntry e : fresh) {
                if (last != null && e.time().equals(last) && skip < before) {
                    skip++; // lines at the same instant as the last one printed were printed already
                    continue;
                }
                print(ctx, e, timestamps, details);
                if (e.time().equals(last)) {
                    atLast++;
                } else {
                    last = e.time();
                    atLast = 1;
                }
            }
        }
    }

    private static void print(CliContext ctx, LogEntry e, boolean timestamps, String details) {
        String text = details + e.text();
        RunCommand.print(ctx, new LogEntry(e.time(), e.stderr(), timestamps ? FIXED.format(e.time()) + " " + text : text));
    }

    /** docker's {@code timetypes.GetTimestamp}, for the common forms: a Go duration ago, or an RFC 3339 date or time. */
    static Instant time(String value, Instant now) {
        return time(value, now, "since");
    }

    /** {@link #time(String, Instant)} for the flag {@code name}, which a value it cannot read names. */
    static Instant time(String value, Instant now, String name) {
        if (value.isEmpty()) {
            return null;
        }
        var duration = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
        var m = duration.matcher(value);
        if (m.lookingAt()) {
            long nanos = 0;
            int end = 0;
            m.reset();
            while (m.find() && m.start() == end) {
                double amount = Double.parseDouble(m.group(1));
                nanos += (long) (amount * switch (m.group(2)) {
                    case "ns" -> 1L;
                    case "us", "µs" -> 1_000L;
                    case "ms" -> 1_000_000L;
                    case "s" -> 1_000_000_000L;
                    case "m" -> 60_000_000_000L;
                    default -> 3_600_000_000_000L;
                });
                end = m.end();
            }
            if (end == value.length()) {
                return now.minus(Duration.ofNanos(nanos));
            }
        }
        if (value.matches("\\d+(\\.\\d+)?")) {
            double seconds = Double.parseDouble(value);
            return Instant.ofEpochSecond((long) seconds, (long) ((seconds - Math.floor(seconds)) * 1e9));
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // fall through to the shorter forms
        }
        try {
            return java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return java.time.LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid value for \"" + name + "\": failed to parse value as time or duration: \"" + value + "\"");
        }
    }
}
