package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerShellTest {
    @TempDir
    Path host;

    private record Result(int status, String out, String err) {
    }

    private Result run(Map<String, FileSpec> image, String shell, Identity identity, List<String> binds,
                       List<String> argv, Locale locale) {
        VolumeStore volumes = new VolumeStore(Clock.systemUTC());
        ContainerSpec spec = ContainerSpec.builder("img").binds(binds).build();
        ContainerFiles files = new ContainerFiles(image, MountPlanner.plan(spec, volumes, host::resolve), volumes,
                Map.of());
        ContainerShell box = new ContainerShell(files, image, identity, shell, null, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = box.exec(argv, InputStream.nullInputStream(), out, err);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result sh(String script) {
        return run(TestImages.nginx(), "sh", new Identity("4f2a9c1b7e3d", "", List.of("NGINX_VERSION=1.27.0"), "/"),
                List.of(), List.of("sh", "-c", script), Locale.ENGLISH);
    }

    @Test
    void programsOnThePathRunAsTheTutorsBuiltins() {
        Result r = sh("ls /usr/share/nginx/html && cat /usr/share/nginx/html/index.html");
        assertThat(r.out()).isEqualTo("50x.html\nindex.html\n<h1>Welcome to nginx!</h1>\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void theContainersShellIsItsFirstProcess() {
        assertThat(sh("echo $$").out()).isEqualTo("1\n");
    }

    @Test
    void aMissingProgramGetsBusyboxAshsWordsAndStatus127() {
        Result r = sh("nosuch");
        assertThat(r.err()).isEqualTo("sh: nosuch: not found\n");
        assertThat(r.status()).isEqualTo(127);
        assertThat(sh("grep x /etc/passwd").err()).isEqualTo("sh: grep: not found\n");
    }

    @Test
    void debianShellsUseDashAndBashWords() {
        Identity id = new Identity("h", "", List.of(), "/");
        assertThat(run(TestImages.debian(), "sh", id, List.of(), List.of("sh", "-c", "nosuch"), Locale.ENGLISH).err())
                .isEqualTo("sh: 1: nosuch: not found\n");
        assertThat(run(TestImages.debian(), "bash", id, List.of(), List.of("bash", "-c", "nosuch"), Locale.ENGLISH)
                .err()).isEqualTo("bash: line 1: nosuch: command not found\n");
    }

    @Test
    void aPresentProgramWithoutASimulationSaysSoInTheLearnersLanguage() {
        Result r = sh("top");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("top: this program is in the image, but docker-tutor does not simulate it\n");
        Result ko = run(TestImages.nginx(), "sh", new Identity("h", "", List.of(), "/"), List.of(),
                List.of("sh", "-c", "vi"), Locale.KOREAN);
        assertThat(ko.err()).isEqualTo("vi: 이미지에 있는 프로그램이지만 docker-tutor가 시뮬레이션하지 않습니다\n");
    }

    @Test
    void identityCommandsAnswerFromTheContainer() {
        assertThat(sh("hostname; id; whoami").out())
                .isEqualTo("4f2a9c1b7e3d\nuid=0(root) gid=0(root) groups=0(root),10(wheel)\nroot\n");
        Result nobody = run(TestImages.nginx(), "sh", new Identity("h", "65534", List.of(), "/"), List.of(),
                List.of("id"), Locale.ENGLISH);
        assertThat(nobody.out()).isEqualTo("uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n");
        Result unknown = run(TestImages.nginx(), "sh", new Identity("h", "1000", List.of(), "/"), List.of(),
                List.of("whoami"), Locale.ENGLISH);
        assertThat(unknown.err()).isEqualTo("whoami: unknown uid 1000\n");
    }

    @Test
    void envListsTheContainersEnvironmentInProcessOrder() {
        Result r = run(TestImages.nginx(), "sh", new Identity("4f2a9c1b7e3d", "", List.of("NGINX_VERSION=1.27.0"),
                "/tmp"), List.of(), List.of("env"), Locale.ENGLISH);
        assertThat(r.out()).isEqualTo("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"
                + "HOSTNAME=4f2a9c1b7e3d\nNGINX_VERSION=1.27.0\nHOME=/root\n");
        assertThat(run(TestImages.nginx(), "sh", new Identity("h", "", List.of(), "/tmp"), List.of(),
                List.of("sh", "-c", "echo $PWD"), Locale.ENGLISH).out()).isEqualTo("/tmp\n");
    }

    @Test
    void writingIntoAReadOnlyMountFails() throws Exception {
        java.nio.file.Files.createDirectories(host.resolve("site"));
        Result r = run(TestImages.nginx(), "sh", new Identity("h", "", List.of(), "/"),
                List.of(host.resolve("site") + ":/data:ro"), List.of("sh", "-c", "echo x > /data/new"), Locale.ENGLISH);
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("/data/new").contains("Read-only file system");
        assertThat(host.resolve("site/new")).doesNotExist();
    }
}
