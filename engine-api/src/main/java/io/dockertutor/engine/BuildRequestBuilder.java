package io.dockertutor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link BuildRequest} by naming only what differs from {@code docker build CONTEXT}: the context's own
 * {@code Dockerfile}, no tags, the last stage, no build arguments, the cache used, no forced pull, the engine's
 * platform.
 *
 * <pre>{@code
 * BuildRequest r = BuildRequest.builder(dir).tags(List.of("app:1")).target("build").build();
 * }</pre>
 */
public final class BuildRequestBuilder {
    private final Path context;
    private Path dockerfile;
    private List<String> tags;
    private String target;
    private Map<String, String> buildArgs;
    private boolean noCache;
    private boolean pull;
    private String platform;

    BuildRequestBuilder(Path context) {
        this.context = context;
    }

    public BuildRequest build() {
        return new BuildRequest(context, dockerfile, tags, target, buildArgs, noCache, pull, platform);
    }

    /** {@code -f}, relative to the working directory; null for {@code Dockerfile} in the context. */
    public BuildRequestBuilder dockerfile(Path value) {
        dockerfile = value;
        return this;
    }

    /** {@code -t} values. */
    public BuildRequestBuilder tags(List<String> value) {
        tags = value;
        return this;
    }

    /** {@code --target}, or null for the last stage. */
    public BuildRequestBuilder target(String value) {
        target = value;
        return this;
    }

    /** {@code --build-arg} values. */
    public BuildRequestBuilder buildArgs(Map<String, String> value) {
        buildArgs = value;
        return this;
    }

    /** {@code --no-cache}. */
    public BuildRequestBuilder noCache(boolean value) {
        noCache = value;
        return this;
    }

    /** {@code --pull}. */
    public BuildRequestBuilder pull(boolean value) {
        pull = value;
        return this;
    }

    /** {@code --platform}, or null for the engine's. */
    public BuildRequestBuilder platform(String value) {
        platform = value;
        return this;
    }
}
