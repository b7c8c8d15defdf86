package io.dockertutor.cli.command;

import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code docker search [--limit N] [-f ...] [--no-trunc] [--format] TERM}, as docker/cli's searchContext. */
final class SearchCommand implements DockerCommand {
    static final String TABLE = "table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}";
    static final Map<String, String> HEADERS = Map.of("Name", "NAME", "Description", "DESCRIPTION",
            "StarCount", "STARS", "IsOfficial", "OFFICIAL", "IsAutomated", "AUTOMATED");

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        int limit = cmd.integer("limit", 25);
        if (limit < 1 || limit > 100) {
            ctx.err().println("Error response from daemon: limit " + limit + " is outside the range of [1, 100]");
            return 1;
        }
        List<SearchResult> results = ctx.engine().search(cmd.args().get(0), limit, Filters.parse(cmd.list("filter")));
        boolean trunc = !cmd.bool("no-trunc");
        String format = cmd.string("format", "");
        if (format.isEmpty() || format.equals("table")) {
            format = TABLE;
        } else if (format.equals("json")) {
            format = "{{json .}}";
        }
        List<Object> rows = new ArrayList<>();
        for (SearchResult r : results) {
            String desc = r.description().replace("\n", " ");
            rows.add(TemplateStruct.builder("*registry.searchContext")
                    .field("Description", trunc ? Ellipsis.of(desc, 45) : desc)
                    .field("IsAutomated", r.automated() ? "[OK]" : "")
                    .field("IsOfficial", r.official() ? "[OK]" : "")
                    .field("Name", r.name())
                    .field("StarCount", String.valueOf(r.stars()))
                    .build());
        }
        Printing.rows(ctx, format, HEADERS, rows);
        return 0;
    }
}
