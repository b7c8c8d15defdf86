package io.dockertutor.cli.docker;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.BuildFailure;
import io.dockertutor.engine.BuildRequest;
import io.dockertutor.engine.ImageReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker buildx build} (and so {@code docker build}, {@code docker image build}): checks the tags and the
 * context directory as buildx does, asks the engine to build, and prints BuildKit's plain progress on standard
 * error; {@code -q} prints only the image id on standard output.
 */
final class BuildCommand implements DockerCommand {

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String contextArg = cmd.args().get(0);
        List<String> tags = new ArrayList<>();
        for (String t : cmd.list("tag")) {
            try {
                tags.add(ImageReference.parse(t).withDefaultTag().familiar());
            } catch (ImageReference.InvalidReferenceException e) {
                ctx.err().println("ERROR: failed to build: invalid tag \"" + t + "\": " + e.getMessage().replaceFirst("^invalid reference format: ", ""));
                return 1;
            }
        }
        if (contextArg.equals("-") || contextArg.matches("(?i)(https?|git)://.*|git@.*")) {
            ctx.err().println(DockerCli.message(ctx, "build.contextNotSimulated", contextArg));
            return 1;
        }
        Path context = ctx.workingDirectory().resolve(contextArg).normalize();
        if (!Files.isDirectory(context)) {
            ctx.err().println("ERROR: failed to build: unable to prepare context: path \"" + contextArg + "\" not found");
            return 1;
        }
        Path dockerfile = cmd.has("file") ? ctx.workingDirectory().resolve(cmd.string("file", "Dockerfile")).normalize() : null;
        Map<String, String> buildArgs = new LinkedHashMap<>();
        for (String a : cmd.list("build-arg")) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                buildArgs.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        boolean quiet = cmd.bool("quiet") || cmd.string("progress", "auto").equals("quiet");
        BuildRequest request = new BuildRequest(context, dockerfile, tags, cmd.string("target", null), buildArgs,
                cmd.bool("no-cache"), cmd.bool("pull"), cmd.string("platform", null));
        BuildPrinter printer = new BuildPrinter(ctx.err(), quiet);
        String id;
        try {
            id = ctx.engine().build(request, printer);
        } catch (BuildFailure f) {
            printer.failure(f);
            return 1;
        }
        printer.finish();
        if (quiet) {
            ctx.out().println(id);
        }
        if (cmd.has("iidfile")) {
            try {
                Files.writeString(ctx.workingDirectory().resolve(cmd.string("iidfile", "")), id);
            } catch (IOException e) {
                ctx.err().println("ERROR: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }
}
