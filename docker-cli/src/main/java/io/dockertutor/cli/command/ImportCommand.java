package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ImageReference;

/** {@code docker import [-c ...] [-m ...] FILE|- [REPOSITORY[:TAG]]}: a one-layer image of a tar stream; prints its id. */
final class ImportCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String source = cmd.args().get(0);
        if (source.startsWith("http://") || source.startsWith("https://")) {
            ctx.err().println(DockerCli.message(ctx, "import.urlNotSimulated", source));
            return 1;
        }
        String reference = null;
        if (cmd.args().size() > 1) {
            reference = ImageReference.parse(cmd.args().get(1)).withDefaultTag().familiar();
        }
        java.util.Map<String, java.util.List<String>> query = new java.util.HashMap<>();
        query.put("fromSrc", java.util.List.of("-")); // a file is streamed as the standard input would be
        if (cmd.args().size() > 1) {
            query.put("repo", java.util.List.of(cmd.args().get(1)));
        }
        if (!cmd.string("message", "").isEmpty()) {
            query.put("message", java.util.List.of(cmd.string("message", "")));
        }
        if (!cmd.list("change").isEmpty()) {
            query.put("changes", cmd.list("change"));
        }
        byte[] tar = ImageArchiveFiles.read(source, ctx, "/images/create", query);
        if (tar == null) {
            return 1;
        }
        ctx.out().println(ctx.engine().imageArchives().importImage(tar, reference, cmd.string("message", ""), cmd.list("change")));
        return 0;
    }
}
