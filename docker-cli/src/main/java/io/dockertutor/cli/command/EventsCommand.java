package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineEvent;
import io.dockertutor.engine.Filters;
import io.dockertutor.gotext.GoTemplate;
import io.dockertutor.gotext.TemplateException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker events} and {@code docker system events}: the engine's event log between {@code --since} and
 * {@code --until}, filtered by the daemon, each event on a line of its own ({@code TIME TYPE ACTION ID (k=v, ...)},
 * attributes sorted) or through {@code --format} on the CLI's {@code events.Message}. Without {@code --until} it
 * follows at a terminal until Ctrl-C (the REPL then reports 130), as {@code logs -f} does; a script the tutor runs
 * (no terminal, no passing time) prints what there is and goes on.
 */
final class EventsCommand implements DockerCommand {
    private static final long POLL_MILLIS = 200;
    /** docker/cli's {@code rfc3339NanoFixed}, in UTC. */
    private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        GoTemplate template;
        try {
            template = template(cmd.string("format", ""));
        } catch (TemplateException e) {
            ctx.err().println("Error parsing format: " + e.getMessage());
            return 64;
        }
        Instant now = ctx.clock().instant();
        Instant since;
        Instant until;
        try {
            since = time(cmd.string("since", ""), now);
            until = time(cmd.string("until", ""), now);
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        Filters filters = Filters.parse(cmd.list("filter"));
        // an --until still ahead is followed up to, not asked of the engine (a real daemon would hold the call till then)
        boolean ahead = until != null && until.isAfter(now);
        Instant asked = ahead ? now : until;
        // the daemon replays its log only when asked for a window; a bare `docker events` shows what happens from now on
        List<EngineEvent> shown = since == null && until == null || ahead && since != null && since.isAfter(now) ? List.of()
                : ctx.engine().events(since, asked, filters);
        for (EngineEvent e : shown) {
            print(ctx, e, template);
        }
        if ((until == null || ahead) && ctx.terminal()) {
            follow(ctx, filters, template, shown, since == null ? now : since, until);
        }
        return 0;
    }

    /** Asks the engine again and again from the last event printed, until Ctrl-C or {@code until} (when given). */
    private static void follow(CliContext ctx, Filters filters, GoTemplate template, List<EngineEvent> shown, Instant from,
                               Instant until) throws TemplateException {
        Instant last = shown.isEmpty() ? from : shown.get(shown.size() - 1).time();
        List<EngineEvent> atLast = new ArrayList<>(shown.stream().filter(e -> e.time().equals(shown.get(shown.size() - 1).time())).toList());
        while (io.dockertutor.engine.Interruption.sleep(POLL_MILLIS)) {
            Instant now = ctx.clock().instant();
            boolean over = until != null && !now.isBefore(until);
            for (EngineEvent e : ctx.engine().events(last, over ? until : now, filters)) {
                if (e.time().equals(last) && atLast.contains(e)) {
                    continue; // printed already, at the same instant as the last one
                }
                print(ctx, e, template);
                if (!e.time().equals(last)) {
                    last = e.time();
                    atLast.clear();
                }
                atLast.add(e);
            }
            if (over) {
                return;
            }
        }
    }

    /** The template, checked on an empty message as docker/cli's {@code makeTemplate} does; null for the default line. */
    private static GoTemplate template(String format) throws TemplateException {
        if (format.isEmpty()) {
            return null;
        }
        GoTemplate t = GoTemplate.parse(format.equals("json") ? "{{json .}}" : format);
        t.execute(EventMessages.empty());
        return t;
    }

    private static void print(CliContext ctx, EngineEvent e, GoTemplate template) throws TemplateException {
        if (template != null) {
            ctx.out().println(template.execute(EventMessages.message(e)));
            return;
        }
        StringBuilder line = new StringBuilder(FIXED.format(e.time())).append(' ').append(e.type()).append(' ')
                .append(e.action()).append(' ').append(e.actorId());
        if (!e.attributes().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            e.attributes().forEach((k, v) -> pairs.add(k + "=" + v)); // sorted: the record keeps them in a TreeMap
            line.append(" (").append(String.join(", ", pairs)).append(')');
        }
        ctx.out().println(line);
    }

    /** docker/cli's {@code timetypes.GetTimestamp}; its error is printed as it is, without the flag's name. */
    private static Instant time(String value, Instant now) {
        try {
            return LogsCommand.time(value, now, "since");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failed to parse value as time or duration: \"" + value + "\"");
        }
    }
}
