package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.dockertutor.sh.FileView;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ForwardingFileViewTest {
    @Test
    void aViewInFrontForwardsEverythingItDoesNotAnswerItself() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = Files.createDirectories(fs.getPath("/root-of-view"));
            FileView behind = new FileView() {
                @Override
                public String home() {
                    return "/home";
                }

                @Override
                public Path resolve(String absoluteShellPath) {
                    return root.resolve(absoluteShellPath.substring(1));
                }

                @Override
                public Path resolveEntry(String absoluteShellPath) {
                    return root.resolve("entry:" + absoluteShellPath.substring(1));
                }

                @Override
                public String realShellPath(String absoluteShellPath) {
                    return "/real";
                }
            };
            FileView front = new ForwardingFileView(behind) {
                @Override
                public Path resolve(String absoluteShellPath) {
                    return root; // answered in front
                }
            };
            assertThat(front.home()).isEqualTo("/home");
            assertThat(front.resolve("/link")).isEqualTo(root);
            assertThat(front.resolveEntry("/link")).isEqualTo(root.resolve("entry:link"));
            assertThat(front.realShellPath("/link")).isEqualTo("/real");
        }
    }
}
