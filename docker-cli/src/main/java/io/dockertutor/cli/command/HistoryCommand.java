package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code docker history [-H] [--no-trunc] [-q] [--format] IMAGE}, as docker/cli's historyContext. */
final class HistoryCommand implements DockerCommand {
    static final String TABLE = "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
    static final String TABLE_NON_HUMAN = "table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
    static final Map<String, String> HEADERS = Map.of("ID", "IMAGE", "CreatedSince", "CREATED", "CreatedAt", "CREATED AT",
            "CreatedBy", "CREATED BY", "Size", "SIZE", "Comment", "COMMENT");

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        List<HistoryEntry> history = ctx.engine().history(cmd.args().get(0));
        boolean human = !cmd.has("human") || cmd.bool("human");
        boolean trunc = !cmd.bool("no-trunc");
        String format = cmd.string("format", "");
        if (format.isEmpty() || format.equals("table")) {
            format = cmd.bool("quiet") ? "{{.ID}}" : human ? TABLE : TABLE_NON_HUMAN;
        } else if (format.equals("json")) {
            format = "{{json .}}";
        }
        Instant now = ctx.clock().instant();
        List<Object> rows = new ArrayList<>();
        for (HistoryEntry h : history) {
            rows.add(row(h, human, trunc, now));
        }
        Printing.rows(ctx, format, HEADERS, rows);
        return 0;
    }

    private static TemplateStruct row(HistoryEntry h, boolean human, boolean trunc, Instant now) {
        String createdAt = GoTime.rfc3339(h.created());
        String createdBy = h.createdBy().replace("\t", " ");
        return TemplateStruct.builder("*image.historyContext")
                .field("Comment", h.comment())
                .field("CreatedAt", createdAt)
                .field("CreatedBy", trunc ? Ellipsis.of(createdBy, 45) : createdBy)
                .field("CreatedSince", human ? GoUnits.humanDuration(Duration.between(h.created(), now)) + " ago" : createdAt)
                .field("ID", trunc && !h.id().equals(HistoryEntry.MISSING) ? ShortIds.of(h.id()) : h.id())
                .field("Size", human ? GoUnits.humanSize(h.size()) : String.valueOf(h.size()))
                .build();
    }
}
