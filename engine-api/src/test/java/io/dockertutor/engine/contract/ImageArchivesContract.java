package io.dockertutor.engine.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.CommitRequest;
import io.dockertutor.engine.EngineException.Kind;
import io.dockertutor.engine.ImageArchives;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code docker commit}, {@code save}/{@code load} and {@code export}/{@code import} on both engines: what the images
 * made hold, that archives round-trip, and the daemon's errors. Every name carries this test's own mark.
 */
public abstract class ImageArchivesContract extends ContractSupport {
    private final String run = "contract-" + UUID.randomUUID().toString().substring(0, 8);

    private ImageArchives archives() {
        return engine().imageArchives();
    }

    private String exitedWithHello() {
        String name = run + "-c";
        runDetached(name, "busybox", "sh", "-c", "echo hi > /hello.txt");
        engine().waitContainer(name);
        return name;
    }

    @Test
    void aCommitGetsTheContainersCommandAsItsHistoryAndTheChangesInItsConfig() {
        String c = exitedWithHello();
        archives().commit(c, new CommitRequest(run + ":1", "Ann", "added hello", List.of("ENV GREETING=hi", "EXPOSE 80"), true));
        assertThat(engine().history(run + ":1").get(0).createdBy()).isEqualTo("sh -c echo hi > /hello.txt");
        assertThat(engine().history(run + ":1").get(0).comment()).isEqualTo("added hello");
        assertThat(engine().inspectImage(run + ":1").config().env()).contains("GREETING=hi");
        assertThat(engine().inspectImage(run + ":1").config().exposedPorts()).containsExactly("80/tcp");
        assertThat(engine().inspectImage(run + ":1").config().cmd()).containsExactly("sh", "-c", "echo hi > /hello.txt");
    }

    @Test
    void aChangeThatIsNoMetadataInstructionIsRefused() {
        String c = exitedWithHello();
        assertDaemonError(() -> archives().commit(c, new CommitRequest(null, "", "", List.of("FROM x"), true)),
                Kind.BAD_REQUEST, "from is not a valid change command");
    }

    @Test
    void committingAMissingContainerFails() {
        assertDaemonError(() -> archives().commit(run + "-none", new CommitRequest(null, "", "", List.of(), true)),
                Kind.NOT_FOUND, "No such container: " + run + "-none");
    }

    @Test
    void anImageSavedRemovedAndLoadedComesBackWithItsId() {
        String c = exitedWithHello();
        String id = archives().commit(c, new CommitRequest(run + ":saved", "", "", List.of(), true));
        byte[] tar = archives().save(List.of(run + ":saved"));
        engine().removeImage(run + ":saved", false, false);
        assertThat(archives().load(tar)).containsExactly("Loaded image: " + run + ":saved");
        assertThat(engine().inspectImage(run + ":saved").id()).isEqualTo(id);
    }

    @Test
    void bytesThatAreNoTarStreamAreNoImageArchive() {
        assertDaemonError(() -> archives().load("hello\n".getBytes(StandardCharsets.UTF_8)), Kind.IN_STREAM,
                "Error processing tar file(exit status 1): unexpected EOF");
    }

    @Test
    void anExportedContainerImportsAsAOneLayerImageWithItsFiles() {
        String c = exitedWithHello();
        byte[] tar = archives().export(c);
        archives().importImage(tar, run + ":imp", "from export", List.of("CMD [\"cat\",\"/hello.txt\"]"));
        assertThat(engine().inspectImage(run + ":imp").layers()).hasSize(1);
        assertThat(engine().history(run + ":imp").get(0).comment()).isEqualTo("from export");
        assertThat(engine().inspectImage(run + ":imp").config().cmd()).containsExactly("cat", "/hello.txt");
    }
}
