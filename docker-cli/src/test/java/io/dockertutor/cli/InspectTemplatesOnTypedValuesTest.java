package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docker inspect -f} runs the template on the CLI's typed Go values (structs print as {@code {a b}}, a nil
 * pointer as {@code <nil>}, a nil slice as {@code []}) and falls back to the raw JSON map only when that fails;
 * a template that does not parse exits 64. Expected texts are the real CLI's, in inspect-typed-container.txt.
 * Beyond container inspect the same holds for image, volume and network inspect (moby 28's structs, time.Time printed
 * by its String method; only {@code volume inspect} has no raw-JSON fallback), the rows of ps, images, volume ls and
 * network ls ({@code .Label "k"}, JSON with sorted keys), and {@code version} and {@code info}'s structs
 * ({@code .Client.ApiVersion} is not a field: the Go name is APIVersion): typed-templates-beyond-containers.txt.
 */
class InspectTemplatesOnTypedValuesTest {
    @TempDir
    static Path workspace;

    private static SimulatedSession session;
    private static SimulatedSession objects;

    /** Cases on a container, then cases on the other objects and the client, each file with its own session. */
    static Stream<Arguments> recorded() {
        Stream<Arguments> containers = RecordedCases.read("inspect-typed-container.txt").map(r -> Arguments.of(r, 0));
        Stream<Arguments> others = RecordedCases.read("typed-templates-beyond-containers.txt").map(r -> Arguments.of(r, 1));
        return Stream.concat(containers, others);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void templatesOnTypedValuesPrintWhatTheRealCliPrints(RecordedCases r, int sessionIndex) {
        if (session == null) {
            session = new SimulatedSession(workspace);
            session.run("docker run -d --name h15web -p 8090:80 -e A=1 -v h15vol:/data --restart always nginx");
            objects = new SimulatedSession(workspace);
            objects.run("docker volume create h15-v --label a=b");
            objects.run("docker network create h15-n --label a=b");
            objects.run("docker run -d --name h15-c --network h15-n busybox sleep 300");
        }
        assertReplays(sessionIndex == 0 ? session : objects, r);
    }

    private static void assertReplays(SimulatedSession on, RecordedCases r) {
        int status = on.run(r.command());
        assertThat(mask(on.stdout())).isEqualTo(mask(r.stdout()));
        assertThat(on.stderr()).isEqualTo(r.stderr());
        assertThat(status).isEqualTo(r.status());
    }

    private static String mask(String s) {
        return s.replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "<TIME>").replaceAll("\"Pid\":\\d+", "\"Pid\":<PID>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)? \\+0000 UTC", "<GOTIME>")
                .replaceAll("\\b[0-9a-f]{64}\\b", "<ID>").replaceAll("\\b[0-9a-f]{12}\\b", "<SHORTID>")
                .replaceAll("\\{\\d+ \\d{11} <nil>}", "<RAWTIME>").replaceAll("\\b172\\.\\d+\\.", "172.<N>.")
                .replaceAll("^\\{running true false false false false \\d+", "{running true false false false false <PID>");
    }
}
