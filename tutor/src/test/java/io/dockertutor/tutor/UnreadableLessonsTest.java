package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lesson paths and files that cannot be used end in one clear line from every command, never in a stack trace. */
class UnreadableLessonsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lint", "validate", "lessons"})
    void aMissingLessonPathIsOneLine(String command) {
        String missing = dir.resolve("nowhere").toString();
        MainRun r = command.equals("lint") ? MainRun.of("--lang", "en", "lint", missing)
                : MainRun.of("--lang", "en", command, "--lessons", missing);
        assertThat(r.both()).isEqualTo("docker-tutor: there is no lesson file or directory " + missing + ".\n");
        assertThat(r.status()).isEqualTo(2);
    }

    @Test
    void theMissingPathIsSaidInKoreanToo() {
        String missing = dir.resolve("nowhere").toString();
        MainRun r = MainRun.of("--lang", "ko", "lessons", "--lessons", missing);
        assertThat(r.both()).isEqualTo("docker-tutor: 레슨 파일이나 디렉터리 " + missing + "이(가) 없습니다.\n");
    }

    @Test
    void lintPlacesBytesThatAreNotUtf8() throws Exception {
        Files.write(dir.resolve("bad.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xFF, '\n'});
        MainRun r = MainRun.of("--lang", "en", "lint", dir.toString());
        assertThat(r.out()).isEqualTo(dir.resolve("bad.yaml")
                + ":1:5: the file is not UTF-8 text (byte 0xFF); save it as UTF-8\n1 error, 0 warnings\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void lintRefusesAFileOverTheSizeLimitWithoutParsingIt() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "id: " + "x".repeat(50 << 20));
        MainRun r = MainRun.of("--lang", "en", "lint", big.toString());
        assertThat(r.out()).startsWith(big + ":1:1: the file has 52428804 bytes; a lesson file may have at most 1048576");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void aFileWithoutANameIsPlacedByLintAndStopsValidate() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), """
                id: a
                title: A
                files:
                  "": x
                steps:
                  - {id: s, text: t, hints: [h], solution: [docker pull busybox], check: [{image: busybox}]}
                """);
        String expected = dir.resolve("a.yaml") + ":4:3: a file in files: needs a name (this one has none)\n";
        assertThat(MainRun.of("--lang", "en", "lint", dir.toString()).out()).isEqualTo(expected + "1 error, 0 warnings\n");
        MainRun validate = MainRun.of("--lang", "en", "validate", "--lessons", dir.toString());
        assertThat(validate.out()).startsWith(expected).doesNotContain("Exception");
        assertThat(validate.status()).isEqualTo(1);
    }
}
