package io.dockertutor.sh;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.builtins.BuiltinTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfinementTest {
    @TempDir
    Path root;
    Path ws;
    Path outside;
    ShellHarness h;

    @BeforeEach
    void layout() throws Exception {
        ws = Files.createDirectories(root.resolve("ws"));
        outside = Files.writeString(root.resolve("secret.txt"), "secret\n");
        h = new ShellHarness(ws).file("sub/inner.txt", "inner\n");
        Files.createSymbolicLink(h.workspace.resolve("escape"), root);
        Files.createSymbolicLink(h.workspace.resolve("dangling"), root.resolve("created-outside.txt"));
        Files.createSymbolicLink(h.workspace.resolve("inside-link"), h.workspace.resolve("sub"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cd /etc", "cd ..", "cd ../..", "cd /", "cd escape", "cd sub; cd ../..",
        "cat ../secret.txt", "cat ../../etc/passwd", "cat /etc/passwd", "cat escape/secret.txt",
        "cd sub && cat ../../secret.txt", "ls ..", "ls /", "ls escape",
        "echo x > ../planted.txt", "echo x > dangling", "echo x >> escape/secret.txt", "cat < ../secret.txt",
        "mkdir ../newdir", "mkdir -p /tmp/x", "touch ../t", "rm ../secret.txt", "rm -rf escape/secret.txt",
        "cp ../secret.txt .", "cp sub/inner.txt ..", "mv ../secret.txt here", "grep secret ../secret.txt",
        "head ../secret.txt", "wc ../secret.txt", "sort ../secret.txt", "cat $(echo ..)/secret.txt",
        "cat ~/../secret.txt",
    })
    void everyWayOutOfTheWorkspaceIsRefused(String line) throws Exception {
        ShellHarness.Result r = h.run(line);
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("outside the workspace (docker-tutor keeps files inside " + h.workspace + ")");
        assertThat(r.out()).doesNotContain("secret");
        assertThat(Files.readString(outside)).isEqualTo("secret\n");
        assertThat(root.resolve("planted.txt")).doesNotExist();
        assertThat(root.resolve("created-outside.txt")).doesNotExist();
        assertThat(root.resolve("newdir")).doesNotExist();
        assertThat(h.shell.cwd()).startsWith(h.workspace.toString());
    }

    @Test
    void cdOutsidePrintsALocalizedMessage() {
        ShellHarness.Result r = h.run("cd /etc");
        assertThat(r.err()).isEqualTo("docker-tutor: cd: /etc: outside the workspace (docker-tutor keeps files inside "
                + h.workspace + ")\n");
        h.shell.locale(Locale.KOREAN);
        assertThat(h.run("cd /etc").err()).isEqualTo("docker-tutor: cd: /etc: 작업 공간 밖입니다 (docker-tutor는 파일을 "
                + h.workspace + " 안에만 둡니다)\n");
    }

    @Test
    void globsDoNotListOutside() {
        assertThat(h.run("echo ../*").out()).isEqualTo("../*\n");
        assertThat(h.run("echo /etc/pass*").out()).isEqualTo("/etc/pass*\n");
    }

    @Test
    void absolutePathsAndLinksInsideTheWorkspaceWork() {
        assertThat(h.run("cat " + h.workspace + "/sub/inner.txt").out()).isEqualTo("inner\n");
        assertThat(h.run("cat inside-link/inner.txt").out()).isEqualTo("inner\n");
        assertThat(h.run("cd sub && pwd").out()).isEqualTo(h.workspace + "/sub\n");
        assertThat(h.run("cd .. && pwd").out()).isEqualTo(h.workspace + "\n");
    }

    @Test
    void virtualMountsExposeAnInMemoryTree() throws Exception {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        Path data = Files.createDirectories(fs.getPath("/volumes/web/_data"));
        Files.writeString(data.resolve("index.html"), "<h1>hi</h1>\n");
        ConfinedFileView view = ConfinedFileView.workspace(ws);
        view.mount("/var/lib/docker/volumes/web/_data", data);
        ShellSession shell = new ShellSession("docker-tutor", view, BuiltinTable.standard(), null, Locale.ENGLISH);
        assertThat(run(shell, "ls /var/lib/docker/volumes/web/_data")).isEqualTo("index.html\n");
        assertThat(run(shell, "cat /var/lib/docker/volumes/web/_data/index.html")).isEqualTo("<h1>hi</h1>\n");
        assertThat(run(shell, "echo new > /var/lib/docker/volumes/web/_data/new.txt; cat /var/lib/docker/volumes/web/_data/*.txt"))
                .isEqualTo("new\n");
        assertThat(run(shell, "cp /var/lib/docker/volumes/web/_data/index.html . && cat index.html")).isEqualTo("<h1>hi</h1>\n");
        assertThat(run(shell, "cat /var/lib/docker/volumes/web/_data/../../other 2>&1"))
                .contains("outside the workspace");
    }

    @Test
    void aContainerRootViewNeverLeavesItsRoot() throws Exception {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        Path box = Files.createDirectories(fs.getPath("/containers/abc"));
        Files.createDirectories(box.resolve("etc"));
        Files.writeString(box.resolve("etc/hostname"), "abc\n");
        Files.writeString(fs.getPath("/containers/host-secret"), "no\n");
        Files.createSymbolicLink(box.resolve("etc/up"), fs.getPath("/containers"));
        ConfinedFileView view = ConfinedFileView.containerRoot(box, "/root");
        ShellSession shell = new ShellSession("sh", view, BuiltinTable.standard(), null, Locale.ENGLISH);
        assertThat(run(shell, "cat /etc/hostname")).isEqualTo("abc\n");
        assertThat(run(shell, "cd /../.. && pwd && ls")).isEqualTo("/\netc\n");
        assertThat(run(shell, "cat ../host-secret 2>&1")).isEqualTo("cat: ../host-secret: No such file or directory\n");
        // a link's absolute target names the container's own /containers, as the kernel resolves it there
        assertThat(run(shell, "cat /etc/up/host-secret 2>&1"))
                .isEqualTo("cat: /etc/up/host-secret: No such file or directory\n");
        assertThat(view.resolve("/etc/up")).isEqualTo(box.resolve("containers"));
        Files.createSymbolicLink(box.resolve("etc/back"), fs.getPath("../../../../containers/host-secret"));
        assertThat(view.resolve("/etc/back")).isEqualTo(box.resolve("containers/host-secret"));
    }

    private static String run(ShellSession shell, String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        shell.run(line, out, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
