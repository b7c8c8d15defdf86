package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's command's output on its way to the screen, passed on unchanged, in which the tutor notices the
 * simulated registry's "no such image" errors ({@code pull access denied for X, repository does not exist ...},
 * {@code manifest for X not found: manifest unknown}). On the simulated engine such an image is one the offline
 * catalog lacks, which the learner cannot know from Docker's words: the tutor then adds one line of its own after
 * the command ({@link #note}), leaving Docker's error line and exit status as they are. A real engine gets no note.
 */
final class CatalogMisses extends OutputStream {
    private static final Pattern DENIED = Pattern.compile("pull access denied for ([^ ,]+), repository does not exist");
    private static final Pattern UNKNOWN = Pattern.compile("manifest for ([^ ]+) not found: manifest unknown");

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private String missed;

    CatalogMisses(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                keep(b, start, i);
                look(line.toString(StandardCharsets.UTF_8));
                line.reset();
                start = i + 1;
            }
        }
        keep(b, start, end);
    }

    /** Keeps bytes {@code from} to {@code to} of the current line, up to its first 4 KB (the errors are short). */
    private void keep(byte[] b, int from, int to) {
        int room = 4096 - line.size();
        if (room > 0 && to > from) {
            line.write(b, from, Math.min(room, to - from));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void look(String text) {
        Matcher denied = DENIED.matcher(text);
        Matcher unknown = UNKNOWN.matcher(text);
        if (denied.find()) {
            missed = denied.group(1);
        } else if (unknown.find()) {
            missed = unknown.group(1);
        }
    }

    /** The image the command could not find, if it reported one. */
    Optional<String> missed() {
        look(line.toString(StandardCharsets.UTF_8));
        return Optional.ofNullable(missed);
    }

    /** The tutor's line about an image the offline catalog lacks, on the simulated engine only. */
    Optional<String> note(Engine engine, Language language) {
        if (EngineNotices.shared(engine)) {
            return Optional.empty();
        }
        return missed().map(image -> language.get("catalog.missing", image));
    }
}
