package io.dockertutor.cli.command;

import io.dockertutor.gotext.GoTemplate;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code docker ps} / {@code docker container ls}: docker/cli's runPs with NewContainerFormat. */
final class PsCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        String format = cmd.string("format", "");
        boolean quiet = cmd.bool("quiet");
        if (!format.isEmpty() && quiet) {
            ctx.err().println("WARNING: Ignoring custom format, because both --format and --quiet are set.");
        }
        Filters filters;
        try {
            filters = Filters.parse(cmd.list("filter"));
        } catch (IllegalArgumentException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
        Optional<String> bad = checkTemplate(format);
        if (bad.isPresent()) {
            ctx.err().println(bad.get());
            return 1;
        }
        int limit = cmd.integer("last", -1);
        if (cmd.bool("latest") && limit == -1) {
            limit = 1;
        }
        // docker asks for sizes only when shown: -s, or a custom template that uses .Size.
        boolean size = cmd.bool("size") || (!quiet && !format.isEmpty() && format.contains(".Size"));
        List<ContainerSummary> containers = ctx.engine().listContainers(cmd.bool("all"), limit, size, filters);
        DockerCli.noteHidden(ctx, "containers");
        String chosen = choose(format, quiet, size);
        boolean trunc = !cmd.bool("no-trunc");
        Instant now = ctx.clock().instant();
        List<Object> rows = new ArrayList<>();
        for (ContainerSummary c : containers) {
            rows.add(ContainerRows.row(c, trunc, now));
        }
        Printing.rows(ctx, chosen, ContainerRows.HEADERS, rows);
        return 0;
    }

    /**
     * {@code buildContainerListOptions}: a {@code --format} is parsed and run once on an empty container before the
     * daemon is asked, so a bad template fails even when no container would be listed.
     */
    static Optional<String> checkTemplate(String format) {
        if (format.isEmpty()) {
            return Optional.empty();
        }
        GoTemplate template;
        try {
            template = GoTemplate.parse(format);
        } catch (TemplateException e) {
            return Optional.of("failed to parse template: " + e.getMessage());
        }
        ContainerSummary none = new ContainerSummary("", List.of(), "", "", "", Instant.EPOCH, "", "", List.of(),
                null, null, null, -1, -1);
        try {
            template.execute(ContainerRows.row(none, true, Instant.EPOCH), new StringBuilder());
            return Optional.empty();
        } catch (TemplateException e) {
            return Optional.of("failed to execute template: " + e.getMessage());
        }
    }

    /** {@code formatter.NewContainerFormat}. */
    static String choose(String format, boolean quiet, boolean size) {
        if (format.isEmpty() || format.equals("table")) {
            return quiet ? "{{.ID}}" : size ? ContainerRows.TABLE + "\t{{.Size}}" : ContainerRows.TABLE;
        }
        if (format.equals("raw")) {
            return quiet ? "container_id: {{.ID}}" : "container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\n"
                    + "created_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\n"
                    + "names: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n"
                    + (size ? "size: {{.Size}}\n" : "");
        }
        if (quiet) {
            return "{{.ID}}";
        }
        return format.equals("json") ? "{{json .}}" : format;
    }
}
