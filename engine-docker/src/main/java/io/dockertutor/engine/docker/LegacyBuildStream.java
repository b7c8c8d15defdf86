package io.dockertutor.engine.docker;

import io.dockertutor.engine.BuildStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the legacy builder's text stream ({@code DOCKER_BUILDKIT=0}; the only builder of Debian's Engine 20.10) and
 * reports it as the engine API's BuildKit-shaped {@link BuildStep}s, as well as the two models allow:
 *
 * <ul>
 *   <li>{@code Step 2/5 : COPY main.go .} starts step <b>number</b> 2, <b>name</b> {@code [2/5] COPY main.go .}
 *       (BuildKit's {@code [2/5]} numbering, the instruction as the daemon echoes it);</li>
 *   <li>{@code  ---> Using cache} marks it <b>cached</b>;</li>
 *   <li>{@code  ---> Running in 5d2f..}, {@code  ---> 8c1d..} (the step's image), {@code Removing intermediate
 *       container ..}, and the final {@code Successfully built/tagged} lines are the builder's bookkeeping, not
 *       <b>output</b>; every other line is what the step's command printed;</li>
 *   <li><b>seconds</b> are measured here, from one step's header to the next (the legacy builder reports none);</li>
 *   <li>an {@code errorDetail} ends the current step with its <b>error</b>.</li>
 * </ul>
 *
 * Stream chunks need not end at line ends ({@code Step 1/3 : FROM x} and its {@code \n} arrive apart), so text is
 * buffered until a newline. Lines before the first step (pull progress of {@code FROM}) are dropped.
 */
final class LegacyBuildStream {
    private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
    private static final Pattern IMAGE_ID = Pattern.compile("^ ---> ([0-9a-f]{12,64})$");
    private static final Pattern BUILT = Pattern.compile("^Successfully built ([0-9a-f]{12,64})$");

    private final Consumer<BuildStep> sink;
    private final LongSupplier nanos;
    private final StringBuilder pending = new StringBuilder();

    private int number = -1;
    private String name;
    private boolean cached;
    private List<String> output = new ArrayList<>();
    private long startedAt;
    private String builtId;

    LegacyBuildStream(Consumer<BuildStep> sink, LongSupplier nanos) {
        this.sink = sink;
        this.nanos = nanos;
    }

    /** A {@code stream} text of the build output. */
    void text(String chunk) {
        pending.append(chunk);
        int nl;
        while ((nl = pending.indexOf("\n")) >= 0) {
            line(pending.substring(0, nl));
            pending.delete(0, nl + 1);
        }
    }

    /** The build failed with the daemon's {@code message}: the current step ends with it. */
    void error(String message) {
        flushPending();
        if (number < 0) {
            number = 1;
            name = "";
            startedAt = nanos.getAsLong();
        }
        emit(message);
    }

    /** The stream ended without error; answers the built image's short id from {@code Successfully built}, if any. */
    String finish() {
        flushPending();
        emit(null);
        return builtId;
    }

    private void flushPending() {
        if (pending.length() > 0) {
            line(pending.toString());
            pending.setLength(0);
        }
    }

    private void line(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        Matcher step = STEP.matcher(line);
        Matcher built = BUILT.matcher(line);
        if (step.matches()) {
            emit(null);
            number = Integer.parseInt(step.group(1));
            name = "[" + step.group(1) + "/" + step.group(2) + "] " + step.group(3);
            cached = false;
            output = new ArrayList<>();
            startedAt = nanos.getAsLong();
        } else if (built.matches()) {
            builtId = built.group(1);
        } else if (number < 0 || line.startsWith("Successfully tagged ")) {
            return;
        } else if (line.equals(" ---> Using cache")) {
            cached = true;
        } else if (line.startsWith(" ---> Running in ") || IMAGE_ID.matcher(line).matches()
                || line.startsWith("Removing intermediate container ")) {
            return;
        } else {
            output.add(line);
        }
    }

    private void emit(String error) {
        if (number < 0) {
            return;
        }
        double seconds = (nanos.getAsLong() - startedAt) / 1e9;
        sink.accept(new BuildStep(number, name, cached, output, seconds, error));
        number = -1;
    }
}
