package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientHelpersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "box:/tmp/x; box; /tmp/x", "/abs/path; null; /abs/path", "./a:b; null; ./a:b", "file.txt; null; file.txt",
            "box:; box; ''"})
    void cpArgumentsNameAContainerOnlyBeforeAColon(String arg, String container, String path) {
        assertThat(Arrays.asList(CpCommand.split(arg))).containsExactly(container, path);
    }

    @Test
    void aSmallFileMakesATwoKilobyteTarStreamAsGoWritesIt(@TempDir Path ws) throws Exception {
        Files.writeString(ws.resolve("host.txt"), "from host\n");
        byte[] tar = HostArchive.tar(ws.resolve("host.txt"), "host.txt");
        assertThat(tar).hasSize(2048);
        assertThat(GoUnits.humanSize(tar.length)).isEqualTo("2.05kB");
        HostArchive.untar(HostArchive.retar(tar, "host.txt", "copy.txt"), "copy.txt", "copy.txt", ws.toString(),
                HostFiles.under(ws));
        assertThat(ws.resolve("copy.txt")).hasContent("from host");
    }

    @ParameterizedTest
    @CsvSource({"80/tcp -> [::]:8080, 9/tcp -> 0.0.0.0:9, 1", "80/tcp -> 0.0.0.0:8080, 80/tcp -> [::]:8080, -1",
            "8001/tcp, 8000/tcp, 1"})
    void portLinesSortNaturally(String a, String b, int sign) {
        assertThat(Integer.signum(NaturalOrder.less(a, b))).isEqualTo(sign);
    }

    @Test
    void systemPruneWarningListsWhatGoes() {
        assertThat(SystemPruneCommand.warning(true, true)).isEqualTo("WARNING! This will remove:\n"
                + "  - all stopped containers\n  - all networks not used by at least one container\n"
                + "  - all anonymous volumes not used by at least one container\n"
                + "  - all images without at least one container associated to them\n  - all build cache\n\n"
                + "Are you sure you want to continue? [y/N] ");
    }

    @ParameterizedTest
    @CsvSource({"'', raw_quiet_false", "table, table", "json, json"})
    void psChoosesDockersDefaultFormats(String format, String kind) {
        String chosen = PsCommand.choose(format, false, false);
        switch (kind) {
            case "json" -> assertThat(chosen).isEqualTo("{{json .}}");
            default -> assertThat(chosen).isEqualTo(ContainerRows.TABLE);
        }
        assertThat(PsCommand.choose(format, true, false)).isEqualTo("{{.ID}}");
        assertThat(PsCommand.choose("", false, true)).endsWith("\t{{.Size}}");
    }
}
