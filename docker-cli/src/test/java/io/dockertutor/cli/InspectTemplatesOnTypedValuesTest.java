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
 * {@code docker inspect -f} runs the template on the CLI's typed Go values (structs print as {@code {a b}}, a nil
 * pointer as {@code <nil>}, a nil slice as {@code []}) and falls back to the raw JSON map only when that fails;
 * a template that does not parse exits 64. Expected texts are the real CLI's, in inspect-typed-container.txt.
 */
class InspectTemplatesOnTypedValuesTest {
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
        try (InputStream in = InspectTemplatesOnTypedValuesTest.class.getResourceAsStream("inspect-typed-container.txt")) {
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
    void inspectTemplatesPrintWhatTheRealCliPrints(Recorded r) {
        if (session == null) {
            session = new SimulatedSession(workspace);
            session.run("docker run -d --name h15web -p 8090:80 -e A=1 -v h15vol:/data --restart always nginx");
        }
        int status = session.run(r.command());
        assertThat(mask(session.stdout())).isEqualTo(mask(r.stdout()));
        assertThat(session.stderr()).isEqualTo(r.stderr());
        assertThat(status).isEqualTo(r.status());
    }

    private static String mask(String s) {
        return s.replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "<TIME>").replaceAll("\"Pid\":\\d+", "\"Pid\":<PID>")
                .replaceAll("^\\{running true false false false false \\d+", "{running true false false false false <PID>");
    }
}
