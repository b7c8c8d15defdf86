package io.dockertutor.engine.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.EngineException.Kind;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the engine contracts share: the engine under test, today's wording of daemon messages, and the helpers that
 * pull, run and compare errors. {@link EngineContract} and {@link FilterContract} extend it.
 */
public abstract class ContractSupport {

    /** The engine under test, fresh or cleaned for each test. */
    protected abstract Engine engine();

    /** The daemon's message in today's engine wording; engines that already speak it answer it unchanged. */
    protected String currentWording(String daemonMessage) {
        return daemonMessage;
    }

    // -- helpers -------------------------------------------------------------------------------------------

    protected void pull(String reference) {
        engine().pull(ImageReference.parse(reference), e -> { });
    }

    /** Pulls the image, creates and starts a container; {@code -v SPEC} at the end of {@code cmd} adds a bind. */
    protected String runDetached(String name, String image, String... cmd) {
        pull(image);
        List<String> args = new ArrayList<>(List.of(cmd));
        List<String> binds = new ArrayList<>();
        int v = args.indexOf("-v");
        if (v >= 0) {
            binds.add(args.get(v + 1));
            args = args.subList(0, v);
        }
        ContainerSpec spec = ContainerSpec.builder(image).name(name).cmd(args).binds(binds).build();
        String id = engine().createContainer(spec);
        engine().startContainer(id);
        return id;
    }

    protected ImageSummary image(String tag) {
        return engine().listImages(false, Filters.NONE).stream().filter(i -> i.repoTags().contains(tag)).findFirst()
                .orElseThrow(() -> new AssertionError("no image tagged " + tag));
    }

    protected static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, 12);
    }

    protected void assertDaemonError(ThrowingCallable call, Kind kind, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(currentWording(e.getMessage())).isEqualTo(message);
            assertThat(e.kind()).isEqualTo(kind);
        });
    }
}
