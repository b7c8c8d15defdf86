package io.dockertutor.engine;

import java.util.List;

/**
 * One vertex of a build as BuildKit reports it, which the CLI prints in its plain progress format
 * ({@code #5 [2/4] COPY ./main.go ./}, {@code #5 CACHED}, {@code #5 DONE 0.2s}).
 *
 * @param number   the vertex number ({@code #5})
 * @param name     {@code [internal] load build definition from Dockerfile}, {@code [builder 2/3] COPY ./main.go ./}, ...
 * @param cached   true when the step was taken from the build cache
 * @param output   lines the step printed (a RUN's output), in order
 * @param seconds  how long it took, as BuildKit reports it
 * @param error    the error that ended the build at this step, or null
 */
public record BuildStep(int number, String name, boolean cached, List<String> output, double seconds, String error) {
    public BuildStep {
        output = output == null ? List.of() : List.copyOf(output);
    }
}
