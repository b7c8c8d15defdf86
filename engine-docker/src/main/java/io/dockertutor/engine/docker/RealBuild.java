package io.dockertutor.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.dockertutor.engine.BuildRequest;
import io.dockertutor.engine.BuildStep;
import io.dockertutor.engine.EngineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code docker build} on the real engine: docker-java packs the context directory as a tar, leaving out what
 * {@code .dockerignore} names, and the legacy builder's stream is read by {@link LegacyBuildStream}. A relative
 * {@code -f} path is taken from the process's working directory, as the docker CLI takes it from the shell's.
 */
final class RealBuild {
    private final DockerClient client;
    private final DaemonErrors errors;
    private final SessionOwnership ownership;

    RealBuild(DockerClient client, DaemonErrors errors, SessionOwnership ownership) {
        this.client = client;
        this.errors = errors;
        this.ownership = ownership;
    }

    String build(BuildRequest request, Consumer<BuildStep> progress) {
        Path context = request.context().toAbsolutePath().normalize();
        Path dockerfile = request.dockerfile() == null ? context.resolve("Dockerfile") : request.dockerfile().toAbsolutePath().normalize();
        if (!Files.isRegularFile(dockerfile)) {
            throw EngineException.inStream("unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat "
                    + dockerfile + ": no such file or directory");
        }
        BuildImageCmd cmd = client.buildImageCmd().withBaseDirectory(context.toFile()).withDockerfile(dockerfile.toFile())
                .withTags(new LinkedHashSet<>(request.tags())).withNoCache(request.noCache()).withPull(request.pull())
                .withRemove(true);
        if (request.target() != null) {
            cmd.withTarget(request.target());
        }
        if (request.platform() != null) {
            cmd.withPlatform(request.platform());
        }
        request.buildArgs().forEach(cmd::withBuildArg);
        LegacyBuildStream steps = new LegacyBuildStream(progress, System::nanoTime);
        AtomicReference<String> failure = new AtomicReference<>();
        ResultCallback.Adapter<BuildResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(BuildResponseItem item) {
                if (item.getStream() != null) {
                    steps.text(item.getStream());
                }
                if (item.isErrorIndicated() && failure.get() == null) {
                    String message = item.getErrorDetail() != null ? item.getErrorDetail().getMessage() : item.getError();
                    failure.set(message);
                    steps.error(message);
                }
            }
        };
        java.util.Map<String, java.util.List<String>> imagesBefore = ownership.images();
        errors.run(() -> {
            try {
                cmd.exec(callback).awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (failure.get() != null) {
            throw EngineException.inStream(failure.get());
        }
        // docker-java does not read the aux {"ID": ...} message; the legacy builder's last line names the image.
        String id = steps.finish();
        if (id == null) {
            throw EngineException.serverError("the build ended without an image id");
        }
        String fullId = errors.call(() -> client.inspectImageCmd(id).exec()).getId();
        ownership.built(fullId, request.tags(), imagesBefore);
        return fullId;
    }
}
