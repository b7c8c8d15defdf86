package io.dockertutor.sh.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserMarksTest {
    @TempDir
    Path host;

    private static FileSystem memoryTree() {
        return Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix", "user").build());
    }

    @Test
    void aHostFileHasNoMarksAndLongFormatShowsItsPlainMode() throws Exception {
        Path dir = Files.createDirectory(host.resolve("d"));
        assertThat(UserMarks.of(dir)).isEmpty();
        assertThat(UserMarks.of(host.resolve("missing"))).isEmpty();
        assertThat(LongFormat.row("d", dir, false).mode()).startsWith("d").doesNotContain("t");
    }

    @Test
    void anInMemoryTreeKeepsTheStickyBitThatLongFormatAndChmodShow() throws Exception {
        try (FileSystem fs = memoryTree()) {
            Path tmp = Files.createDirectory(fs.getPath("/tmp"));
            FileModes.set(tmp, 01777);
            assertThat(UserMarks.of(tmp)).containsExactly(UserMarks.STICKY);
            assertThat(LongFormat.row("tmp", tmp, false).mode()).isEqualTo("drwxrwxrwt");
            assertThat(FileModes.of(tmp)).isEqualTo(01777);
            FileModes.set(tmp, 0755);
            assertThat(UserMarks.of(tmp)).isEmpty();
            assertThat(LongFormat.row("tmp", tmp, false).mode()).isEqualTo("drwxr-xr-x");
        }
    }

    @Test
    void aMergedDirectoryCountsOneLink() throws Exception {
        try (FileSystem fs = memoryTree()) {
            Path etc = Files.createDirectories(fs.getPath("/etc/sub"));
            Files.setLastModifiedTime(etc, java.nio.file.attribute.FileTime.from(Instant.now()));
            assertThat(LongFormat.row("etc", fs.getPath("/etc"), false).links()).isEqualTo(3);
            UserMarks.set(fs.getPath("/etc"), UserMarks.MERGED, true);
            assertThat(LongFormat.row("etc", fs.getPath("/etc"), false).links()).isEqualTo(1);
        }
    }
}
