package io.dockertutor.lessons;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of one lesson file, or the one problem that keeps it from being read: larger than {@link #MAX_BYTES}
 * (snakeyaml's reader slows down sharply on huge single lines, so the limit is checked before any parsing), not
 * UTF-8 (placed at the first bad byte's line and column), or not readable at all.
 */
final class LessonFileText {
    /** 1 MiB: the largest bundled lesson is a few kilobytes; docs/lesson-format.md says so too. */
    static final long MAX_BYTES = 1L << 20;

    private LessonFileText() {
    }

    /** The file's text, or null after adding the problem to {@code problems}. */
    static String read(Path file, List<LessonProblem> problems) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new LessonProblem(name, 1, 1, "is a directory, not a lesson file", false));
                return null;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(new LessonProblem(name, 1, 1, "the file has " + size + " bytes; a lesson file may have at most "
                        + MAX_BYTES + " (1 MiB)", false));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new LessonProblem(name, 1, 1, "cannot be read (" + reason(e) + ")", false));
            return null;
        }
        return decode(bytes, name, problems);
    }

    /** Strict UTF-8: the first malformed byte is reported where an editor would show it. */
    static String decode(byte[] bytes, String name, List<LessonProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = new String(out.array(), 0, out.position());
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            int bad = bytes[Math.min(in.position(), bytes.length - 1)] & 0xff;
            problems.add(new LessonProblem(name, line, column, String.format(
                    "the file is not UTF-8 text (byte 0x%02X); save it as UTF-8", bad), false));
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
