package io.dockertutor.hostfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.sh.OutsideViewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view's path walk: links followed component by component, inside the workspace only. */
class ConfinedFileViewTest {
    @TempDir
    Path temp;
    Path ws;
    Path canary;
    ConfinedFileView view;

    @BeforeEach
    void layout() throws Exception {
        Path root = temp.toRealPath();
        ws = Files.createDirectories(root.resolve("ws"));
        canary = Files.createDirectories(root.resolve("canary"));
        Files.createDirectories(ws.resolve("a/b"));
        Files.writeString(ws.resolve("a/b/file"), "x");
        view = ConfinedFileView.workspace(ws);
    }

    private String at(String rel) {
        return ws + "/" + rel;
    }

    private void link(String name, String target) throws Exception {
        Files.createSymbolicLink(ws.resolve(name), Path.of(target));
    }

    @Test
    void relativeAbsoluteAndChainedLinksInsideResolveToTheRealPath() throws Exception {
        link("rel", "a/b");
        link("abs", ws + "/a");
        link("chain", "rel");
        link("updown", "a/b/../b/file");
        assertThat(view.resolve(at("rel/file"))).isEqualTo(ws.resolve("a/b/file"));
        assertThat(view.resolve(at("abs/b/file"))).isEqualTo(ws.resolve("a/b/file"));
        assertThat(view.resolve(at("chain/file"))).isEqualTo(ws.resolve("a/b/file"));
        assertThat(view.resolve(at("updown"))).isEqualTo(ws.resolve("a/b/file"));
    }

    @Test
    void aLinkLeadingOutsideIsRefusedWhenFollowedButNamedAsItself() throws Exception {
        link("out", canary.toString());
        link("up", "../canary");
        link("hop", "up");
        for (String p : new String[] {"out", "out/x", "up/x", "hop", "hop/new-file"}) {
            assertThatThrownBy(() -> view.resolve(at(p))).as(p).isInstanceOf(OutsideViewException.class);
        }
        assertThat(view.resolveEntry(at("out"))).isEqualTo(ws.resolve("out"));
        assertThatThrownBy(() -> view.resolveEntry(at("out/x"))).isInstanceOf(OutsideViewException.class);
    }

    @Test
    void aLinkLoopIsTooManyLevelsOfSymbolicLinks() throws Exception {
        link("self", "self");
        link("ping", "pong");
        link("pong", "ping");
        assertThatThrownBy(() -> view.resolve(at("self"))).isInstanceOf(OutsideViewException.class)
                .extracting(e -> ((OutsideViewException) e).reason(Locale.ENGLISH))
                .isEqualTo("Too many levels of symbolic links");
        assertThatThrownBy(() -> view.resolve(at("ping/x"))).isInstanceOf(OutsideViewException.class);
        assertThat(view.resolveEntry(at("self"))).isEqualTo(ws.resolve("self"));
    }

    @Test
    void aDanglingLinkInsideResolvesToWhereItWouldCreate() throws Exception {
        link("later", "a/new.txt");
        assertThat(view.resolve(at("later"))).isEqualTo(ws.resolve("a/new.txt"));
        link("later-out", canary + "/new.txt");
        assertThatThrownBy(() -> view.resolve(at("later-out"))).isInstanceOf(OutsideViewException.class);
    }

    @Test
    void aWorkspaceGivenThroughALinkIsItsRealPathAndTheLinkNameWorksToo() throws Exception {
        Path alias = Files.createSymbolicLink(temp.toRealPath().resolve("alias"), ws);
        ConfinedFileView v = ConfinedFileView.workspace(alias);
        assertThat(v.home()).isEqualTo(ws.toString());
        assertThat(v.resolve(ws + "/a/b/file")).isEqualTo(ws.resolve("a/b/file"));
        assertThat(v.resolve(alias + "/a/b/file")).isEqualTo(ws.resolve("a/b/file"));
        assertThatThrownBy(() -> v.resolve(alias + "/../canary")).isInstanceOf(OutsideViewException.class);
    }

    @Test
    void nothingOutsideTheViewIsEverLookedAtOnTheWay() throws Exception {
        // a path that passes outside and comes back is walked by name: the outside part is never lstat'ed
        link("back", "../canary/../ws/a");
        assertThat(view.resolve(at("back/b/file"))).isEqualTo(ws.resolve("a/b/file"));
    }
}
