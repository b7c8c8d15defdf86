package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.dockertutor.engine.BuildStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The legacy builder's recorded streams ({@code legacy-build/*.jsonl}) as build steps. */
class LegacyBuildStreamTest {
    private final List<BuildStep> steps = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final LegacyBuildStream stream = new LegacyBuildStream(steps::add, () -> clock.addAndGet(250_000_000L));

    @Test
    void aFreshBuildReportsEachStepWithWhatItsCommandPrinted() throws IOException {
        String id = replay("fresh.jsonl");

        assertThat(id).isEqualTo("0f69a4247a9d");
        assertThat(steps).extracting(BuildStep::number, BuildStep::name, BuildStep::cached, BuildStep::output)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "[1/4] FROM busybox", false, List.of()),
                        org.assertj.core.groups.Tuple.tuple(2, "[2/4] RUN echo built step output", false, List.of("built step output")),
                        org.assertj.core.groups.Tuple.tuple(3, "[3/4] COPY hello.txt /hello.txt", false, List.of()),
                        org.assertj.core.groups.Tuple.tuple(4, "[4/4] CMD [\"cat\", \"/hello.txt\"]", false, List.of()));
        assertThat(steps).allSatisfy(s -> {
            assertThat(s.error()).isNull();
            assertThat(s.seconds()).isPositive();
        });
    }

    @Test
    void aRepeatedBuildMarksItsStepsCached() throws IOException {
        replay("cached.jsonl");

        assertThat(steps).extracting(BuildStep::cached).containsExactly(false, true, true, true);
    }

    @Test
    void aFailingRunEndsItsStepWithTheDaemonsError() throws IOException {
        replay("failing.jsonl");

        assertThat(steps).hasSize(2);
        BuildStep failed = steps.get(1);
        assertThat(failed.name()).isEqualTo("[2/2] RUN echo before failing && exit 3");
        assertThat(failed.output()).containsExactly("before failing");
        assertThat(failed.error()).isEqualTo("The command '/bin/sh -c echo before failing && exit 3' returned a non-zero code: 3");
    }

    @Test
    void linesSplitAcrossChunksAreJoined() {
        stream.text("Step 1/1 : RUN echo a");
        stream.text("b\n ---> Running in 0123456789ab\nhal");
        stream.text("f a line\n");

        stream.finish();
        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("[1/1] RUN echo ab");
            assertThat(s.output()).containsExactly("half a line");
        });
    }

    /** Feeds a recording as the engine does (docker-java's items) and answers the built id. */
    private String replay(String recording) throws IOException {
        // docker-java's own mapper, which skips fields its models lack (the aux {"ID": ...}), as the engine reads them.
        ObjectMapper json = com.github.dockerjava.core.DockerClientConfig.getDefaultObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("legacy-build/" + recording)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                BuildResponseItem item = json.readValue(line, BuildResponseItem.class);
                if (item.getStream() != null) {
                    stream.text(item.getStream());
                }
                if (item.isErrorIndicated()) {
                    stream.error(item.getErrorDetail().getMessage());
                    return null;
                }
            }
        }
        return stream.finish();
    }
}
