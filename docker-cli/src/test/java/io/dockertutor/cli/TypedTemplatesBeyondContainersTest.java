package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates beyond container inspect run on the CLI's typed Go values too: image, volume and network inspect
 * (moby 28's structs, time.Time printed by its String method; only {@code volume inspect} has no raw-JSON fallback),
 * the rows of ps, images, volume ls and network ls ({@code .Label "k"}, JSON with sorted keys), and the structs of
 * {@code version} and {@code info} ({@code .Client.ApiVersion} is not a field: the Go name is APIVersion).
 * Expected texts are the real CLI's, in typed-templates-beyond-containers.txt.
 */
class TypedTemplatesBeyondContainersTest {
    record Recorded(String command, int status, String stdout, String stderr) {
        @Override
        public String toString() {
            return command;
        }
    }

    @TempDir
    static Path workspace;

    private static SimulatedSession session;

    static Stream<Recorded> recorded() throws IOException {
        List<Recorded> cases = new ArrayList<>();
        String text;
        try (InputStream in = TypedTemplatesBeyondContainersTest.class.getResourceAsStream("typed-templates-beyond-containers.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String block : text.split("\n\n")) {
            String command = null;
            int status = 0;
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("cmd ")) {
                    command = "docker " + line.substring(4);
                } else if (line.startsWith("status ")) {
                    status = Integer.parseInt(line.substring(7));
                } else if (line.startsWith("stdout ")) {
                    out.append(line.substring(7)).append('\n');
                } else if (line.startsWith("stderr ")) {
                    err.append(line.substring(7)).append('\n');
                }
            }
            if (command != null) {
                cases.add(new Recorded(command, status, out.toString(), err.toString()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void templatesOnTypedValuesPrintWhatTheRealCliPrints(Recorded r) {
        if (session == null) {
            session = new SimulatedSession(workspace);
            session.run("docker volume create h15-v --label a=b");
            session.run("docker network create h15-n --label a=b");
            session.run("docker run -d --name h15-c --network h15-n busybox sleep 300");
        }
        int status = session.run(r.command());
        assertThat(mask(session.stdout())).isEqualTo(mask(r.stdout()));
        assertThat(session.stderr()).isEqualTo(r.stderr());
        assertThat(status).isEqualTo(r.status());
    }

    private static String mask(String s) {
        return s.replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "<TIME>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)? \\+0000 UTC", "<GOTIME>")
                .replaceAll("\\b[0-9a-f]{64}\\b", "<ID>").replaceAll("\\b[0-9a-f]{12}\\b", "<SHORTID>");
    }
}
