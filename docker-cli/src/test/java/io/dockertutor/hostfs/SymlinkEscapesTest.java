package io.dockertutor.hostfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each way out through a symbolic link that the review found, typed as a learner would, now refused or harmless. */
class SymlinkEscapesTest {
    @TempDir
    Path temp;
    CanarySession s;
    Map<String, String> before;

    @BeforeEach
    void session() {
        s = new CanarySession(temp);
        before = s.outsideState();
    }

    private void canaryUntouched() {
        assertThat(s.outsideState()).isEqualTo(before);
    }

    private String refusal(String path) {
        return "docker-tutor: " + path + ": outside the workspace (docker-tutor keeps files inside " + s.ws + ")";
    }

    @Test
    void dockerCpOutOfAContainerNeverRestoresALinkLeadingOutsideNorWritesThroughOne() {
        s.file("Dockerfile", "FROM busybox\nRUN mkdir -p /d/dir && echo planted > /d/dir/planted.txt\n"
                + "RUN ln -s " + s.canary + " /d/link\nRUN ln -s inner.txt /d/near\n");
        CanarySession.Result built = s.run("docker build -q -t box . && docker create --name box box");
        assertThat(built.status()).as(built.err()).isZero();
        CanarySession.Result first = s.run("docker cp box:/d ./x");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("docker-tutor: " + s.ws + "/x/link: the symbolic link (to " + s.canary
                + ") was not copied: it would lead outside the workspace");
        assertThat(s.ws.resolve("x/link")).doesNotExist();
        assertThat(Files.isSymbolicLink(s.ws.resolve("x/near"))).as("a link staying inside is restored").isTrue();
        // the second copy of the issue: it would have written through the restored link
        s.run("docker cp box:/d/dir/. ./x/link");
        canaryUntouched();
    }

    @Test
    void dockerCpIntoTheWorkspaceReplacesAnExistingLinkInsteadOfWritingThroughIt() {
        s.link("out.txt", s.canary + "/secret.txt");
        s.file("Dockerfile", "FROM busybox\nRUN echo mine > /out.txt\n");
        s.run("docker build -q -t box . && docker create --name box box");
        CanarySession.Result r = s.run("docker cp box:/out.txt ./");
        assertThat(r.status()).isZero();
        assertThat(Files.isSymbolicLink(s.ws.resolve("out.txt"))).isFalse();
        assertThat(s.ws.resolve("out.txt")).hasContent("mine");
        canaryUntouched();
    }

    @Test
    void dockerCpToAContainerSendsALinkAsALinkAndNeverReadsItsTarget() {
        s.link("secret", s.canary + "/secret.txt");
        s.run("docker run -d --name box busybox sleep 1000");
        assertThat(s.run("docker cp secret box:/tmp/").status()).isZero();
        CanarySession.Result r = s.run("docker exec box cat /tmp/secret");
        assertThat(r.out()).doesNotContain("secret\n");
        assertThat(s.run("docker cp -L secret box:/tmp/x").err()).contains(refusal(s.ws + "/secret"));
        canaryUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-v %s/x/link:/w", "-v %s/x/link:/w:ro", "--mount type=bind,src=%s/x/link,dst=/w",
        "-v %s/x/link/sub:/w"})
    void aBindMountThroughALinkLeadingOutsideIsRefusedWith125(String mount) {
        s.link("x/link", s.canary.toString());
        CanarySession.Result r = s.run("docker run --rm " + mount.formatted(s.ws) + " busybox ls /w");
        assertThat(r.status()).isEqualTo(125);
        assertThat(r.err()).startsWith("docker-tutor: " + s.ws + "/x/link").contains("outside the workspace");
        assertThat(r.out()).doesNotContain("secret");
        s.run("docker run --rm " + mount.formatted(s.ws) + " busybox sh -c 'echo x > /w/planted; rm -f /w/secret.txt'");
        canaryUntouched();
    }

    @Test
    void aLinkInsideABindMountResolvesInTheContainerAsDockerDoes() {
        s.link("site/etc-link", s.canary.toString());
        s.link("site/up", "../..");
        CanarySession.Result r = s.run("docker run --rm -v " + s.ws + "/site:/w busybox sh -c 'ls /w/etc-link; cat /w/up/canary/secret.txt; echo x > /w/etc-link/planted'");
        assertThat(r.out()).doesNotContain("secret");
        canaryUntouched();
    }

    @Test
    void aBindSourceThatIsALinkInsideTheWorkspaceWorks() {
        s.file("real/index.html", "hi\n").link("alias", s.ws + "/real");
        CanarySession.Result r = s.run("docker run --rm -v " + s.ws + "/alias:/w busybox cat /w/index.html");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("hi\n");
    }

    @Test
    void cpAndMvOfLinksNeverCopyTheTarget() {
        s.link("d/secret", s.canary + "/secret.txt").link("d/up", "..").file("d/own.txt", "own\n");
        CanarySession.Result cp = s.run("cp -r d e");
        assertThat(cp.err()).contains("cp: cannot create symbolic link '" + s.ws + "/e/secret'")
                .contains("outside the workspace");
        assertThat(s.ws.resolve("e/own.txt")).hasContent("own");
        assertThat(Files.isSymbolicLink(s.ws.resolve("e/up"))).isTrue();
        assertThat(s.run("cat e/secret").out()).doesNotContain("secret");
        s.run("docker volume create vol");
        CanarySession.Result mv = s.run("mv d /var/lib/docker/volumes/vol/_data/d");
        assertThat(mv.err()).contains("outside the workspace");
        assertThat(s.ws.resolve("d/own.txt")).as("a refused move keeps its source").exists();
        canaryUntouched();
    }

    @Test
    void copyOfALinkInABuildCopiesTheLinkNotItsTarget() {
        s.link("secret", s.canary + "/secret.txt").file("Dockerfile", "FROM busybox\nCOPY secret /s\n");
        assertThat(s.run("docker build -q -t img .").status()).isZero();
        assertThat(s.run("docker run --rm img cat /s").out()).doesNotContain("secret\n");
        assertThat(s.run("docker run --rm img readlink /s").out()).isIn(s.canary + "/secret.txt\n", "");
        canaryUntouched();
    }

    @Test
    void aBuildContextOrDockerfileReachedThroughALinkLeadingOutsideIsRefusedPlainly() {
        s.link("ctx", s.canary.toString()).link("Dockerfile", s.canary + "/secret.txt");
        assertThat(s.run("docker build ctx").err()).isEqualTo(refusal(s.ws + "/ctx") + "\n");
        assertThat(s.run("docker build .").err()).isEqualTo(refusal(s.ws + "/Dockerfile") + "\n");
        assertThat(s.run("docker build " + s.canary).err()).isEqualTo(refusal(s.canary.toString()) + "\n");
        canaryUntouched();
    }

    @Test
    void iidfileAndMetadataFileStayInsideTheWorkspace() {
        s.file("Dockerfile", "FROM busybox\n");
        assertThat(s.run("docker build -q --iidfile ../x .").err()).isEqualTo(refusal(s.root + "/x") + "\n");
        assertThat(s.run("docker build -q --iidfile " + s.canary + "/iid .").err())
                .isEqualTo(refusal(s.canary + "/iid") + "\n");
        assertThat(s.run("docker build -q --metadata-file ../m.json .").status()).isEqualTo(1);
        CanarySession.Result ok = s.run("docker build -q -t app --iidfile iid --metadata-file meta.json .");
        assertThat(ok.status()).isZero();
        assertThat(s.ws.resolve("iid")).hasContent(ok.out().strip());
        assertThat(s.ws.resolve("meta.json")).content().contains("\"containerimage.config.digest\": \"" + ok.out().strip() + "\"")
                .contains("\"image.name\": \"docker.io/library/app:latest\"");
        canaryUntouched();
    }

    @Test
    void outputIsRefusedClearlyNotSilentlyIgnored() {
        s.file("Dockerfile", "FROM busybox\n");
        CanarySession.Result r = s.run("docker build -o type=local,dest=../out .");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("-o/--output (type=local,dest=../out) is not simulated");
        canaryUntouched();
    }

    @Test
    void cidfileIsWrittenInsideTheWorkspaceAndRefusedOutside() {
        CanarySession.Result ok = s.run("docker create --cidfile c.id busybox");
        assertThat(ok.status()).isZero();
        assertThat(s.ws.resolve("c.id")).hasContent(ok.out().strip());
        assertThat(s.run("docker create --cidfile c.id busybox").err())
                .contains("container ID file found, make sure the other container isn't running or delete c.id");
        CanarySession.Result out = s.run("docker run --cidfile ../c.id busybox true");
        assertThat(out.status()).isEqualTo(125);
        assertThat(out.err()).isEqualTo(refusal(s.root + "/c.id") + "\n");
        canaryUntouched();
    }

    @Test
    void envAndLabelFilesAreReadThroughTheView() {
        s.link("app.env", s.canary + "/secret.txt");
        CanarySession.Result r = s.run("docker run --rm --env-file app.env busybox env");
        assertThat(r.err()).isEqualTo(refusal(s.ws + "/app.env") + "\n");
        assertThat(s.run("docker run --rm --label-file ../canary/secret.txt busybox true").status()).isEqualTo(125);
        canaryUntouched();
    }

    @Test
    void rmRemovesALinkLeadingOutsideAndNothingElse() {
        s.link("out", s.canary.toString()).link("file", s.canary + "/secret.txt");
        assertThat(s.run("rm out file").status()).isZero();
        assertThat(s.ws.resolve("out")).doesNotExist();
        assertThat(Files.exists(s.ws.resolve("file"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        s.link("out", s.canary.toString());
        assertThat(s.run("rm -r out").status()).isZero();
        assertThat(s.run("ls -l").out()).doesNotContain("out");
        canaryUntouched();
    }

    @Test
    void shellCommandsNeverFollowALinkLeadingOutside() throws java.io.IOException {
        s.link("out", s.canary.toString()).link("file", s.canary + "/secret.txt").link("loop", "loop");
        var modes = Files.getPosixFilePermissions(s.canary.resolve("secret.txt")); // chmod must not reach them
        for (String line : new String[] {"cat file", "cat out/secret.txt", "ls out", "echo x > file", "echo x >> out/new",
            "echo x | tee file", "cp file copy", "touch file", "mkdir out/new", "grep -r secret .", "cat loop",
            "ls -F", "ls -l", "test -e file && echo yes", "md5sum file", "base64 out/secret.txt", "od -c file",
            "diff file /dev/null", "cmp file file", "stat -L -c %s file", "du -a out", "nl file", "rev file",
            "chmod 777 file", "truncate -s 0 file", "readlink -f out/secret.txt", "realpath file", "mktemp -p out"}) {
            CanarySession.Result r = s.run(line);
            assertThat(r.out()).as(line).doesNotContain("secret\n").doesNotContain("yes");
        }
        assertThat(Files.getPosixFilePermissions(s.canary.resolve("secret.txt"))).isEqualTo(modes);
        assertThat(s.run("cat loop").err()).isEqualTo("cat: loop: Too many levels of symbolic links\n");
        assertThat(s.run("ls -l").out()).contains("file -> " + s.canary + "/secret.txt");
        canaryUntouched();
    }

    @Test
    void dockerCpToOrFromAPathOutsideIsRefusedPlainlyNotAsAMissingFile() {
        s.run("docker create --name box busybox");
        CanarySession.Result out = s.run("docker cp box:/etc/hostname ../x");
        assertThat(out.status()).isEqualTo(1);
        assertThat(out.err()).isEqualTo(refusal(s.root + "/x") + "\n");
        CanarySession.Result in = s.run("docker cp " + s.canary + "/secret.txt box:/tmp/");
        assertThat(in.err()).isEqualTo(refusal(s.canary + "/secret.txt") + "\n");
        canaryUntouched();
    }

    @Test
    void dockerCpStillReachesThroughLinksInsideAndIntoTheEnginesVolumes() throws Exception {
        Files.createDirectories(s.ws.resolve("sub"));
        s.link("near", "sub").link("file-link", "sub/h");
        s.run("docker volume create vol && docker create --name box -v vol:/data busybox");
        assertThat(s.run("docker cp box:/etc/hostname near/").status()).isZero();
        assertThat(s.ws.resolve("sub/hostname")).exists();
        assertThat(s.run("docker cp box:/etc/hostname file-link").status()).isZero();
        assertThat(s.ws.resolve("sub/h")).as("docker follows a destination that is a link").exists();
        CanarySession.Result vol = s.run("docker cp box:/etc/hostname /var/lib/docker/volumes/vol/_data/h"
                + " && ls /var/lib/docker/volumes/vol/_data");
        assertThat(vol.status()).as(vol.err()).isZero();
        assertThat(vol.out()).isEqualTo("h\n");
        canaryUntouched();
    }

    @Test
    void aLinkLeadingOutsideIsStillListedAndGlobbedByItsName() {
        s.link("out", s.canary.toString()).file("own.txt", "own\n");
        assertThat(s.run("echo *").out()).isEqualTo("out own.txt\n");
        assertThat(s.run("ls").out()).isEqualTo("out\nown.txt\n");
        assertThat(s.run("rm *").status()).isZero();
        assertThat(s.run("ls").out()).isEmpty();
        canaryUntouched();
    }

    @Test
    void refusalsReadInKoreanToo() {
        CanarySession ko = new CanarySession(temp.resolve("ko").toFile().mkdir() ? temp.resolve("ko") : temp, Locale.KOREAN);
        ko.link("x", ko.canary.toString());
        CanarySession.Result r = ko.run("docker run --rm -v " + ko.ws + "/x:/w busybox true");
        assertThat(r.err()).isEqualTo("docker-tutor: " + ko.ws + "/x: 작업 공간 밖입니다 (docker-tutor는 파일을 " + ko.ws
                + " 안에만 둡니다)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls -l out/", "ls -ld out/", "rm -r out/", "ls -la out/.", "cp -r out/ copy"})
    void aTrailingSlashNamesWhereALinkLeadsSoALinkLeadingOutsideIsRefusedThere(String command) {
        s.link("out", s.canary.toString());
        CanarySession.Result r = s.run(command);
        assertThat(r.out()).doesNotContain("secret").doesNotContain("-> " + s.canary);
        assertThat(r.err()).contains("outside the workspace");
        assertThat(Files.isSymbolicLink(s.ws.resolve("out"))).isTrue();
        canaryUntouched();
    }
}
