package io.dockertutor.cli.command;

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
        if (!cmd.list("output").isEmpty()) {
            ctx.err().println(DockerCli.message(ctx, "build.outputNotSimulated", String.join(",", cmd.list("output"))));
            return 1;
        }
        // every host path of the build goes through the learner's files first: one outside stops it here
        Path context = ctx.files().resolve(contextArg);
        Path iidFile = cmd.has("iidfile") ? ctx.files().resolve(cmd.string("iidfile", "")) : null;
        Path metadataFile = cmd.has("metadata-file") ? ctx.files().resolve(cmd.string("metadata-file", "")) : null;
        if (!Files.isDirectory(context, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            ctx.err().println("ERROR: failed to build: unable to prepare context: path \"" + contextArg + "\" not found");
            return 1;
        }
        Path dockerfile = cmd.has("file") ? ctx.files().resolve(cmd.string("file", "Dockerfile")) : null;
        if (dockerfile == null) {
            ctx.files().resolve(contextArg + "/Dockerfile"); // a Dockerfile that is a link leading out is refused here
        }
        Map<String, String> buildArgs = new LinkedHashMap<>();
        for (String a : cmd.list("build-arg")) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                buildArgs.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        boolean quiet = cmd.bool("quiet") || cmd.string("progress", "auto").equals("quiet");
        BuildRequest request = BuildRequest.builder(context).dockerfile(dockerfile).tags(tags).target(cmd.string("target", null))
                .buildArgs(buildArgs).noCache(cmd.bool("no-cache")).pull(cmd.bool("pull")).platform(cmd.string("platform", null))
                .build();
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
        try {
            if (iidFile != null) {
                write(iidFile, id);
            }
            if (metadataFile != null) {
                write(metadataFile, metadata(id, tags));
            }
        } catch (IOException e) {
            ctx.err().println("ERROR: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Written without following a link: the view resolved the name already, a link made since is not used. */
    private static void write(Path file, String text) throws IOException {
        if (Files.isSymbolicLink(file)) {
            Files.delete(file);
        }
        Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** buildx's {@code --metadata-file} for an image kept in the engine: its config digest and names. */
    static String metadata(String id, List<String> tags) {
        StringBuilder json = new StringBuilder("{\n  \"containerimage.config.digest\": \"").append(id).append('"');
        if (!tags.isEmpty()) {
            List<String> names = tags.stream().map(t -> ImageReference.parse(t).withDefaultTag().canonical()).toList();
            json.append(",\n  \"image.name\": \"").append(String.join(",", names)).append('"');
        }
        return json.append("\n}").toString();
    }
}
