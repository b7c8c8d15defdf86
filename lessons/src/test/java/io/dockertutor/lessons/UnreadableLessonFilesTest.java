package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson file that cannot be read is one problem at file:line:column, and the other lessons still load. */
class UnreadableLessonFilesTest {
    private static final String GOOD = """
            id: good
            title: Good
            steps:
              - {id: a, text: A, hints: [h], solution: [x], check: [{image: busybox}]}
            """;

    @TempDir
    Path dir;

    @Test
    void bytesThatAreNotUtf8ArePlacedAtTheirLineAndColumn() throws IOException {
        byte[] head = "id: latin\ntitle: caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(dir.resolve("latin.yaml"), bytes);
        Files.writeString(dir.resolve("ok.yaml"), GOOD);
        LessonLibrary library = LessonLibrary.load(dir);
        assertThat(library.problems()).extracting(LessonProblem::toString)
                .containsExactly(dir.resolve("latin.yaml") + ":2:11: the file is not UTF-8 text (byte 0xE9); save it as UTF-8");
        assertThat(library.lessons()).extracting(Lesson::id).containsExactly("good");
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "x".repeat((int) LessonFileText.MAX_BYTES + 1));
        LessonLibrary library = LessonLibrary.load(big);
        assertThat(library.problems()).extracting(LessonProblem::toString).containsExactly(
                big + ":1:1: the file has 1048577 bytes; a lesson file may have at most 1048576 (1 MiB)");
    }

    @Test
    void aFileOfExactlyOneMebibyteIsRead() throws IOException {
        Path edge = dir.resolve("edge.yaml");
        Files.writeString(edge, GOOD + "#".repeat((int) LessonFileText.MAX_BYTES - GOOD.length()));
        assertThat(LessonLibrary.load(edge).problems()).isEmpty();
    }

    @Test
    void aDirectoryNamedLikeALessonIsOneProblem() throws IOException {
        Files.createDirectory(dir.resolve("sub.yaml"));
        assertThat(LessonLibrary.load(dir).problems()).extracting(LessonProblem::toString)
                .containsExactly(dir.resolve("sub.yaml") + ":1:1: is a directory, not a lesson file");
    }

    @Test
    void aMissingPathIsNoSuchFile() {
        assertThatThrownBy(() -> LessonLibrary.load(dir.resolve("nowhere")))
                .isInstanceOf(NoSuchFileException.class).hasMessage(dir.resolve("nowhere").toString());
    }
}
