package io.dockertutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command lines recorded with a real program (a resource folder: {@code cases.txt}, one line each, and the
 * transcripts {@code == LINE}, its output with stderr merged, {@code rc=STATUS}), replayed in the tutor's shell or as
 * one script inside a container.
 */
final class RecordedCommandLines {
    private final String folder;
    private final SimulatedSession docker;

    RecordedCommandLines(String folder, SimulatedSession docker) {
        this.folder = folder;
        this.docker = docker;
    }

    String resource(String name) throws IOException {
        try (InputStream in = RecordedCommandLines.class.getResourceAsStream("/" + folder + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    List<String> cases() throws IOException {
        return resource("cases.txt").lines().toList();
    }

    /** The transcript of every case typed in the tutor's own shell. */
    String inTheTutorsShell() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : cases()) {
            out.append("== ").append(line).append('\n').append(docker.both(line + " 2>&1; echo rc=$?").out());
        }
        return out.toString();
    }

    /** The transcript of every case run by {@code sh} in a container of {@code image}, after {@code setup}. */
    String inAContainer(String image, String setup, Path workspace) throws IOException {
        StringBuilder script = new StringBuilder(setup);
        for (String line : cases()) {
            script.append("; echo '== ").append(line.replace("'", "'\\''")).append("'; ").append(line).append(" 2>&1; echo rc=$?");
        }
        Files.writeString(workspace.resolve("cases.sh"), script.toString());
        return docker.both("docker run --rm -w /tmp -v ./cases.sh:/cases.sh " + image + " sh /cases.sh").out();
    }
}
