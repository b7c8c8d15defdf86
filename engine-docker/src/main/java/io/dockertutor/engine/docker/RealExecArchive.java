package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.dockertutor.engine.DetachKeys;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ExecSpec;
import io.dockertutor.engine.PathStat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Base64;

/** {@code docker exec} and {@code docker cp} (the archive endpoints) on the real engine. */
final class RealExecArchive {
    /** Go's {@code os.ModeDir}, the directory bit of the archive stat's mode. */
    private static final long GO_MODE_DIR = 1L << 31;

    private final DockerClient client;
    private final ApiJson api;
    private final DaemonErrors errors;

    RealExecArchive(DockerClient client, ApiJson api, DaemonErrors errors) {
        this.client = client;
        this.api = api;
        this.errors = errors;
    }

    int exec(String name, ExecSpec spec, InputStream in, OutputStream out, OutputStream err) {
        ExecCreateCmd create = client.execCreateCmd(name).withCmd(spec.cmd().toArray(String[]::new))
                .withAttachStdout(true).withAttachStderr(true).withAttachStdin(spec.interactive()).withTty(spec.tty());
        if (!spec.env().isEmpty()) {
            create.withEnv(spec.env());
        }
        if (!spec.user().isEmpty()) {
            create.withUser(spec.user());
        }
        if (!spec.workingDir().isEmpty()) {
            create.withWorkingDir(spec.workingDir());
        }
        String execId = errors.call(create::exec).getId();
        if (!DetachKeys.accepted(spec.detachKeys())) {
            // docker-java's exec create carries no DetachKeys: the daemon's refusal, once the container has passed
            throw EngineException.serverError("Invalid escape keys (" + spec.detachKeys() + ") provided");
        }
        if (spec.detach()) {
            // -d: the daemon starts the process and answers at once; waiting for it would hold the learner's prompt
            errors.run(() -> {
                try {
                    client.execStartCmd(execId).withDetach(true).withTty(spec.tty()).exec(new ResultCallback.Adapter<>())
                            .awaitCompletion();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return 0;
        }
        ResultCallback.Adapter<Frame> copy = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                try {
                    (frame.getStreamType() == StreamType.STDERR ? err : out).write(frame.getPayload());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        errors.run(() -> {
            var start = client.execStartCmd(execId).withTty(spec.tty());
            if (spec.interactive() && in != null) {
                start.withStdIn(in);
            }
            try {
                start.exec(copy).awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Long code = errors.call(() -> client.inspectExecCmd(execId).exec()).getExitCodeLong();
        return code == null ? 0 : code.intValue();
    }

    /** {@code HEAD /containers/{id}/archive}: the stat travels base64 JSON in {@code X-Docker-Container-Path-Stat}. */
    PathStat stat(String name, String path) {
        String header = errors.call(() -> api.header("HEAD", "/containers/" + ApiJson.encode(name) + "/archive?path="
                + ApiJson.encodeQuery(path), "X-Docker-Container-Path-Stat")).orElseThrow(
                        () -> EngineException.serverError("no path stat in the daemon's answer"));
        return pathStat(header);
    }

    static PathStat pathStat(String header) {
        try {
            JsonNode s = new ObjectMapper().readTree(Base64.getDecoder().decode(header));
            long mode = s.path("mode").asLong();
            return new PathStat(ApiJson.text(s, "name"), s.path("size").asLong(), (int) (mode & 0777), (mode & GO_MODE_DIR) != 0,
                    OffsetDateTime.parse(ApiJson.text(s, "mtime")).toInstant(), ApiJson.text(s, "linkTarget"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] get(String name, String path) {
        return errors.call(() -> {
            try (InputStream tar = client.copyArchiveFromContainerCmd(name, path).exec()) {
                return tar.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void put(String name, String path, byte[] tar) {
        errors.run(() -> client.copyArchiveToContainerCmd(name).withRemotePath(path)
                .withTarInputStream(new ByteArrayInputStream(tar)).exec());
    }
}
