package io.dockertutor.sh.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.sh.ShellHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** find over the workspace: names, types, depths, and GNU find's refusals. */
class FindTest {
    @TempDir
    Path ws;

    private ShellHarness.Result run(String line) {
        return new ShellHarness(ws).file("fx/b", "").file("fx/a/c.txt", "x").run(line);
    }

    @Test
    void findListsADirectoryBeforeWhatItHoldsAndFiltersByNameTypeAndDepth() {
        assertThat(run("find fx").out()).isEqualTo("fx\nfx/a\nfx/a/c.txt\nfx/b\n");
        assertThat(run("find fx -type f").out()).isEqualTo("fx/a/c.txt\nfx/b\n");
        assertThat(run("find fx -maxdepth 1 -type d").out()).isEqualTo("fx\nfx/a\n");
        assertThat(run("find fx -mindepth 1 -type d").out()).isEqualTo("fx/a\n");
        assertThat(run("find fx -name 'c*'").out()).isEqualTo("fx/a/c.txt\n");
        assertThat(run("find fx -iname 'C.TXT' -print").out()).isEqualTo("fx/a/c.txt\n");
        assertThat(run("find fx -path '*a/*'").out()).isEqualTo("fx/a/c.txt\n");
        assertThat(run("find fx -empty").out()).isEqualTo("fx/b\n");
        assertThat(run("cd fx && find").out()).isEqualTo(".\n./a\n./a/c.txt\n./b\n");
    }

    @Test
    void findRefusesWhatItDoesNotKnowAndNamesAMissingPath() {
        ShellHarness.Result missing = run("find nosuch");
        assertThat(missing.err()).isEqualTo("find: ‘nosuch’: No such file or directory\n");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(run("find . -nosuch").err()).isEqualTo("find: unknown predicate `-nosuch'\n");
        assertThat(run("find . -exec ls ;").err()).startsWith("find: -exec: docker-tutor does not simulate this part of find");
    }
}
