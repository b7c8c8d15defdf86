package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.contract.CorpusMask;
import io.dockertutor.engine.docker.RecordedSystemDf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docker system df} over build cache records, which the simulator never makes: the lab engine's
 * {@code /system/df} answer ({@link RecordedSystemDf#BUILD_CACHE}) fed to the CLI, against what the docker CLI v28
 * printed for that same answer ({@code system-df-build-cache.txt}, recorded right before it). The CLI sorts the
 * records by last use (the daemon lists them in map order), truncates their ids in tables, leaves shared records
 * out of the size and prints no percentage for the cache.
 */
class SystemDfBuildCacheTest {
    private static final Map<String, List<String>> COMMANDS = Map.of(
            "docker system df -v", List.of("system", "df", "-v"),
            "docker system df", List.of("system", "df"),
            "docker system df -v --format raw", List.of("system", "df", "-v", "--format", "raw"),
            "docker system df -v --format '{{range .BuildCache}}{{.ID}} {{.Parent}} {{.CacheType}} {{.Size}} {{.UsageCount}} "
                    + "{{.InUse}} {{.Shared}} {{.Description}}{{println}}{{end}}'",
            List.of("system", "df", "-v", "--format", "{{range .BuildCache}}{{.ID}} {{.Parent}} {{.CacheType}} {{.Size}} "
                    + "{{.UsageCount}} {{.InUse}} {{.Shared}} {{.Description}}{{println}}{{end}}"));

    static Stream<Map.Entry<String, String>> recorded() throws IOException {
        String text;
        try (InputStream in = SystemDfBuildCacheTest.class.getResourceAsStream("system-df-build-cache.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> pieces = new LinkedHashMap<>();
        String command = null;
        StringBuilder output = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    pieces.put(command, output.toString());
                }
                command = line.substring(2);
                output.setLength(0);
            } else {
                output.append(line).append('\n');
            }
        }
        pieces.put(command, output.substring(0, output.length() - 1));
        return pieces.entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void theCliPrintsTheRecordedAnswerAsTheDockerCliDid(Map.Entry<String, String> recording) {
        Engine engine = mock(Engine.class);
        when(engine.diskUsage()).thenReturn(RecordedSystemDf.read(RecordedSystemDf.BUILD_CACHE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T04:14:29Z"), ZoneOffset.UTC);
        CliContext ctx = new CliContext(engine, new ByteArrayInputStream(new byte[0]), print, print, false, clock,
                Path.of("/ws"), Locale.ENGLISH);

        int status = new DockerCli().run(COMMANDS.get(recording.getKey()), ctx);

        assertThat(status).isZero();
        assertThat(CorpusMask.mask(out.toString(StandardCharsets.UTF_8), "/ws")).isEqualTo(CorpusMask.mask(recording.getValue(), "/ws"));
    }
}
