package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ExecSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code docker exec -d} on a real engine starts the process and answers at once, as the CLI does: the tutor used to
 * wait for it (a learner's {@code docker exec -d box sleep 200} held the prompt for 200 s), so the process it
 * started was already gone when the next command looked.
 */
@ExtendWith(RealEngineExtension.class)
class DetachedExecTest {
    private DockerJavaEngine engine;

    @BeforeEach
    void connect() {
        engine = RealEngineExtension.connect();
    }

    @AfterEach
    void cleanUp() {
        engine.ownership().cleanUp();
        engine.close();
    }

    @Test
    void aDetachedExecIsStillRunningWhenTheNextCommandLooks() throws Exception {
        engine.pull(io.dockertutor.engine.ImageReference.parse("busybox"), e -> { });
        String id = engine.createContainer(ContainerSpec.builder("busybox").cmd(List.of("sleep", "300")).build());
        engine.startContainer(id);
        int started = engine.exec(id, new ExecSpec(List.of("sleep", "123"), List.of(), "", "", false, false, "", true),
                new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        ByteArrayOutputStream ps = new ByteArrayOutputStream();
        engine.exec(id, new ExecSpec(List.of("ps"), List.of(), "", "", false, false), new ByteArrayInputStream(new byte[0]),
                ps, OutputStream.nullOutputStream());
        assertThat(started).isZero();
        assertThat(ps.toString(StandardCharsets.UTF_8)).contains("sleep 123");
    }
}
