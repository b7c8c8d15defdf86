package io.dockertutor.engine.docker;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.dockertutor.engine.LogEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Turns docker-java's multiplexed output {@link Frame}s into one {@link LogEntry} per line, as the simulated engine
 * reports them (text without its newline). A frame may end mid-line, so each stream keeps its partial line. With
 * {@code timestamps}, each line starts with the daemon's RFC 3339 time ({@code docker logs -t}), which becomes the
 * entry's time; otherwise the entry gets the time it arrived.
 */
final class FrameLines {
    private final Consumer<LogEntry> sink;
    private final boolean timestamps;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    FrameLines(Consumer<LogEntry> sink, boolean timestamps) {
        this.sink = sink;
        this.timestamps = timestamps;
    }

    void frame(Frame frame) {
        boolean stderr = frame.getStreamType() == StreamType.STDERR;
        StringBuilder buffer = stderr ? err : out;
        buffer.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
        int nl;
        while ((nl = buffer.indexOf("\n")) >= 0) {
            line(buffer.substring(0, nl), stderr);
            buffer.delete(0, nl + 1);
        }
    }

    /** The output ended: a last line without a newline is a line too. */
    void finish() {
        if (out.length() > 0) {
            line(out.toString(), false);
            out.setLength(0);
        }
        if (err.length() > 0) {
            line(err.toString(), true);
            err.setLength(0);
        }
    }

    private void line(String text, boolean stderr) {
        Instant time = Instant.now();
        String rest = text;
        if (timestamps) {
            int space = text.indexOf(' ');
            if (space > 0) {
                try {
                    time = OffsetDateTime.parse(text.substring(0, space)).toInstant();
                    rest = text.substring(space + 1);
                } catch (DateTimeParseException notATime) {
                    // keep the whole line
                }
            }
        }
        sink.accept(new LogEntry(time, stderr, rest));
    }
}
