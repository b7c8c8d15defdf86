package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockertutor.engine.DiskUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /v1.41/system/df} as the lab engine (Engine 20.10) answered it, read the way {@link DockerJavaEngine}
 * reads it, for the tests of this module and of the CLI. {@link #BUILD_CACHE} was recorded after
 * {@code DOCKER_BUILDKIT=1 docker build -t dfbc:1} (Debian's 20.10 client, whose BuildKit build leaves cache records;
 * Dockerfile {@code FROM busybox}, {@code RUN echo hello > /hello}, {@code RUN echo x > /x}) and
 * {@code docker create --name dfbc-c -v dfbc-vol:/data dfbc:1}, with {@code curl --unix-socket}.
 */
public final class RecordedSystemDf {
    public static final String BUILD_CACHE = "/io/dockertutor/engine/docker/system-df-build-cache.json";

    private RecordedSystemDf() {
    }

    public static DiskUsage read(String resource) {
        try (InputStream in = RecordedSystemDf.class.getResourceAsStream(resource)) {
            return DiskUsageRecords.diskUsage(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
