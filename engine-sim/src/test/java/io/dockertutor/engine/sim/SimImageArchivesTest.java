package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.CommitRequest;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ImageArchives;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.engine.sim.catalog.FileSpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimImageArchivesTest {
    private static Catalog catalog;
    private SimulatedEngine engine;
    private ImageArchives archives;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadDefault();
    }

    @BeforeEach
    void pullBusybox() {
        engine = new SimulatedEngine(catalog, Clock.systemUTC());
        engine.pull(ImageReference.parse("busybox"), e -> { });
        archives = engine.imageArchives();
    }

    private String ranWithHello() {
        String id = engine.createContainer(ContainerSpec.builder("busybox").name("c1")
                .cmd(List.of("sh", "-c", "echo hi > /hello.txt; rm /bin/vi")).build());
        engine.startContainer(id);
        return id;
    }

    @Test
    void aCommittedImageHoldsTheContainersChangesAndItsCommandAsTheLastHistoryRow() {
        ranWithHello();
        String id = archives.commit("c1", new CommitRequest("snap:1", "Ann", "added hello", List.of("ENV A=1"), true));
        LocalImage image = engine.state().images.get("snap:1");
        assertThat(image.id()).isEqualTo(id);
        assertThat(image.files().get("/hello.txt").content()).isEqualTo("hi\n");
        assertThat(image.files()).doesNotContainKey("/bin/vi");
        assertThat(image.layers()).hasSize(engine.state().images.get("busybox").layers().size() + 1);
        assertThat(image.config().cmd()).containsExactly("sh", "-c", "echo hi > /hello.txt; rm /bin/vi");
        assertThat(image.config().env()).contains("A=1");
        assertThat(engine.history("snap:1").get(0).createdBy()).isEqualTo("sh -c echo hi > /hello.txt; rm /bin/vi");
        assertThat(engine.history("snap:1").get(0).comment()).isEqualTo("added hello");
    }

    @Test
    void aChangeThatIsNoMetadataInstructionFailsAsTheDaemonSays() {
        ranWithHello();
        assertThatThrownBy(() -> archives.commit("c1", new CommitRequest(null, "", "", List.of("RUN true"), true)))
                .hasMessage("run is not a valid change command");
    }

    @Test
    void savingRemovingAndLoadingRestoresTheImageWithItsIdAndTag() {
        String before = engine.inspectImage("busybox").id();
        byte[] tar = archives.save(List.of("busybox"));
        engine.removeImage("busybox", false, false);
        assertThat(archives.load(tar)).containsExactly("Loaded image: busybox:latest");
        assertThat(engine.inspectImage("busybox").id()).isEqualTo(before);
    }

    @Test
    void aTarTheEngineDidNotWriteIsNoImageArchive() {
        assertThatThrownBy(() -> archives.load("hello\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Error processing tar file(exit status 1): unexpected EOF");
        byte[] someTar = io.dockertutor.engine.sim.fs.FileTars.write(java.util.Map.of("/a", FileSpec.file("a", 0644)));
        assertThatThrownBy(() -> archives.load(someTar)).hasMessageContaining("repositories: no such file or directory");
    }

    @Test
    void exportThenImportGivesAOneLayerImageWithTheContainersFiles() {
        ranWithHello();
        byte[] tar = archives.export("c1");
        archives.importImage(tar, "imp:1", "", List.of("CMD [\"cat\",\"/hello.txt\"]"));
        LocalImage image = engine.state().images.get("imp:1");
        assertThat(image.layers()).hasSize(1);
        assertThat(image.files().get("/hello.txt").content()).isEqualTo("hi\n");
        assertThat(image.files()).containsKey("/bin/sh").doesNotContainKey("/bin/vi");
        assertThat(image.config().cmd()).containsExactly("cat", "/hello.txt");
        assertThat(engine.history("imp:1").get(0).comment()).isEqualTo("Imported from -");
    }
}
