package io.dockertutor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code docker build}: the context directory on the learner's side and how to build it. Build one with
 * {@link #builder(Path)}, naming only what differs from {@code docker build CONTEXT}.
 *
 * @param context    the build context (a directory inside the workspace)
 * @param dockerfile the Dockerfile as the learner named it ({@code -f}), relative to the working directory, or
 *                   null for {@code Dockerfile} in the context
 * @param tags       {@code -t} values, already checked by the client
 * @param target     {@code --target} stage, or null for the last
 * @param buildArgs  {@code --build-arg} values ({@code KEY} alone takes the host's value, which the tutor has none of)
 */
public record BuildRequest(Path context, Path dockerfile, List<String> tags, String target, Map<String, String> buildArgs,
                           boolean noCache, boolean pull, String platform) {
    public BuildRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
    }

    /** A builder whose defaults are what {@code docker build CONTEXT} means. */
    public static BuildRequestBuilder builder(Path context) {
        return new BuildRequestBuilder(context);
    }
}
