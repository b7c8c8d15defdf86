package io.dockertutor.cli;

import io.dockertutor.engine.contract.CorpusMask;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.sh.ShellSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the corpus tests share: replaying a session on the simulated engine with the lab engine's stand-in images,
 * masking both sides as {@code scripts/record-corpus --mask} does, and cutting a transcript into one piece per
 * command.
 */
final class CorpusReplay {
    static final Path CORPUS = Path.of("..", "corpus");
    static final String REAL_WORKSPACE = "/tmp/docker-tutor-corpus/ws";
    private static Catalog labCatalog;

    private CorpusReplay() {
    }

    static synchronized Catalog labCatalog() {
        if (labCatalog == null) {
            labCatalog = new CatalogLoader().load(CORPUS.resolve("lab-catalog.yaml"));
        }
        return labCatalog;
    }

    /** The recordings ran with this HOME ({@code scripts/record-corpus}): the client's config directory is under it. */
    static void withRecordingHome(Interpreter interpreter) {
        interpreter.run("export HOME=/tmp/docker-tutor-corpus/home", InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream());
    }

    /** The transcript the simulator prints for a session run in {@code workspace}. */
    static String simulate(String script, Path workspace) throws IOException {
        SimulatedEngine engine = new SimulatedEngine(labCatalog(), Clock.systemUTC());
        engine.hostRoot(workspace.toRealPath());
        Interpreter interpreter = new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        withRecordingHome(interpreter);
        new BatchRunner(interpreter, out, out, true).run(script);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A simulated transcript, masked. */
    static String maskSimulated(String simulated, Path workspace) throws IOException {
        return CorpusMask.unordered(CorpusMask.mask(CorpusMask.sameMeaning(simulated), workspace.toRealPath().toString()));
    }

    /** A recording of the lab engine, in current wording and masked. */
    static String maskReal(String real) {
        return CorpusMask.unordered(CorpusMask.mask(CorpusMask.currentWording(real), REAL_WORKSPACE));
    }

    /** The commands of a session, as the replay runs them. */
    static List<String> commands(String script) {
        return ShellSyntax.splitCommands(script);
    }

    /**
     * A transcript cut into one piece per command (its {@code $ } line, output and {@code [exit N]}): a piece starts
     * at the line that echoes the next expected command. Commands the transcript never reached get empty pieces.
     */
    static List<String> perCommand(String transcript, List<String> commands) {
        List<String> pieces = new ArrayList<>();
        String[] lines = transcript.split("\n", -1);
        int next = 0;
        StringBuilder piece = null;
        for (String line : lines) {
            if (next < commands.size() && line.equals("$ " + commands.get(next).split("\n", -1)[0])) {
                if (piece != null) {
                    pieces.add(piece.toString());
                }
                piece = new StringBuilder();
                next++;
            }
            if (piece != null) {
                piece.append(line).append('\n');
            }
        }
        if (piece != null) {
            pieces.add(piece.toString());
        }
        while (pieces.size() < commands.size()) {
            pieces.add("");
        }
        return pieces;
    }
}
