package io.dockertutor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request built from a context alone is {@code docker build CONTEXT}; each option sets its own component. */
class BuildRequestBuilderTest {

    @Test
    void aContextAloneBuildsWhatDockerBuildContextMeans() {
        BuildRequest r = BuildRequest.builder(Path.of("site")).build();

        assertThat(r).isEqualTo(new BuildRequest(Path.of("site"), null, null, null, null, false, false, null));
        assertThat(r.tags()).isEmpty();
        assertThat(r.buildArgs()).isEmpty();
    }

    @Test
    void everyOptionLandsInItsComponent() {
        BuildRequest r = BuildRequest.builder(Path.of("site")).dockerfile(Path.of("site/Dockerfile.dev")).tags(List.of("app:1"))
                .target("build").buildArgs(Map.of("V", "1")).noCache(true).pull(true).platform("linux/amd64").build();

        assertThat(r).isEqualTo(new BuildRequest(Path.of("site"), Path.of("site/Dockerfile.dev"), List.of("app:1"), "build",
                Map.of("V", "1"), true, true, "linux/amd64"));
    }
}
