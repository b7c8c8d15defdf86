package io.dockertutor.cli.command;

import io.dockertutor.gotext.TabWriter;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.TopResult;

/** {@code docker top CONTAINER [ps OPTIONS]}: the processes, through a tabwriter(20, 1, 3, ' ') as docker prints them. */
final class TopCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String psArgs = String.join(" ", cmd.args().subList(1, cmd.args().size()));
        TopResult top = ctx.engine().top(cmd.args().get(0), psArgs);
        StringBuilder out = new StringBuilder();
        TabWriter w = new TabWriter(out, 20, 1, 3, ' ', 0);
        w.write(String.join("\t", top.titles()) + "\n");
        for (var p : top.processes()) {
            w.write(String.join("\t", p) + "\n");
        }
        w.flush();
        ctx.out().print(out);
        return 0;
    }
}
