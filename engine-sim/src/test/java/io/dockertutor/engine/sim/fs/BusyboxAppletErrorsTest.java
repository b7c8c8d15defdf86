package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Busybox applets and ash word their failures as busybox does, not as GNU coreutils. The expectations were recorded
 * on the lab engine (busybox 1.35) with {@code docker run --rm -v h15vol:/ro:ro busybox sh -c 'SCRIPT'; echo $?}.
 */
class BusyboxAppletErrorsTest {
    @TempDir
    Path host;

    private record Result(int status, String err) {
    }

    private Result sh(Map<String, io.dockertutor.engine.sim.catalog.FileSpec> image, String script) throws Exception {
        Files.createDirectories(host.resolve("vol"));
        VolumeStore volumes = new VolumeStore(Clock.systemUTC());
        ContainerSpec spec = ContainerSpec.builder("img").binds(List.of(host.resolve("vol") + ":/ro:ro")).build();
        ContainerFiles files = new ContainerFiles(image, MountPlanner.plan(spec, volumes, host::resolve), volumes,
                Map.of());
        ContainerShell box = new ContainerShell(files, image, new Identity("h", "", List.of(), "/"), "sh", null,
                Locale.ENGLISH);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = box.exec(List.of("sh", "-c", script), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), err);
        return new Result(status, err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ls /nonexistent|1|ls: /nonexistent: No such file or directory",
        "touch /ro/x|1|touch: /ro/x: Read-only file system",
        "cat /nonexistent|1|cat: can't open '/nonexistent': No such file or directory",
        "rm /nonexistent|1|rm: can't remove '/nonexistent': No such file or directory",
        "rm /tmp|1|rm: '/tmp' is a directory",
        "mkdir /tmp|1|mkdir: can't create directory '/tmp': File exists",
        "mkdir /ro/d|1|mkdir: can't create directory '/ro/d': Read-only file system",
        "cp /nonexistent /tmp|1|cp: can't stat '/nonexistent': No such file or directory",
        "head /nonexistent|1|head: /nonexistent: No such file or directory",
        "tail /nonexistent|1|tail: can't open '/nonexistent': No such file or directory\\ntail: no files",
        "wc /nonexistent|1|wc: /nonexistent: No such file or directory",
    })
    void appletsReportAFailedPathInBusyboxWordsAndStatus(String script, int status, String err) throws Exception {
        Result r = sh(TestImages.nginx(), script);
        assertThat(r.err()).isEqualTo(err.replace("\\n", "\n") + "\n");
        assertThat(r.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "echo > /ro/f|sh: can't create /ro/f: Read-only file system",
        "echo > /nonexist/x|sh: can't create /nonexist/x: nonexistent directory",
        "cat < /nonexistent|sh: can't open /nonexistent: no such file",
    })
    void ashSaysWhatARedirectionCouldNotDo(String script, String err) throws Exception {
        Result r = sh(TestImages.nginx(), script);
        assertThat(r.err()).isEqualTo(err + "\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void debianImagesKeepGnuWordsAndLsStatus2() throws Exception {
        Result r = sh(TestImages.debian(), "ls /nonexistent");
        assertThat(r.err()).isEqualTo("ls: cannot access '/nonexistent': No such file or directory\n");
        assertThat(r.status()).isEqualTo(2);
    }

    @Test
    void idPrintsOnlyWhatItsOptionsAskFor() throws Exception {
        VolumeStore volumes = new VolumeStore(Clock.systemUTC());
        Map<String, io.dockertutor.engine.sim.catalog.FileSpec> image = TestImages.nginx();
        ContainerFiles files = new ContainerFiles(image, MountPlanner.plan(ContainerSpec.builder("img").build(),
                volumes, host::resolve), volumes, Map.of());
        ContainerShell box = new ContainerShell(files, image, new Identity("h", "", List.of(), "/"), "sh", null,
                Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        box.exec(List.of("sh", "-c", "id -un; id -u; id -g; id -gn; id -G"), InputStream.nullInputStream(), out,
                new ByteArrayOutputStream());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("root\n0\n0\nroot\n0 10\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nc|1|Usage: nc",
        "nohup|127|Usage: nohup",
        "nc --help|0|Usage: nc",
        "sed --help|0|Usage: sed",
        "nc -z|1|",
    })
    void anUnmodelledAppletShowsItsUsageWithoutOperandsAndForHelpAlone(String script, int status, String usage)
            throws Exception {
        Map<String, io.dockertutor.engine.sim.catalog.FileSpec> image = new java.util.LinkedHashMap<>(TestImages.nginx());
        for (String applet : List.of("nc", "nohup", "sed")) {
            image.put("/bin/" + applet, io.dockertutor.engine.sim.catalog.FileSpec.symlink("busybox"));
        }
        Result r = sh(image, script);
        assertThat(r.status()).isEqualTo(status);
        if (usage == null) {
            assertThat(r.err()).doesNotContain("Usage:");
        } else {
            assertThat(r.err()).startsWith(io.dockertutor.sh.builtins.BusyboxUsage.BANNER + "\n\n" + usage);
        }
    }
}
