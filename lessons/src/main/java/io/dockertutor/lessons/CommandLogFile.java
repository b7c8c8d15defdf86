package io.dockertutor.lessons;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes every command the validator ran to a text file, one session after another, so that
 * {@code scripts/measure-overhead} can replay exactly the same sequence with the docker CLI. A session is written
 * whole when it ends (sessions driven in parallel never interleave); the format, line by line:
 *
 * <pre>
 * # docker-tutor command log 1
 * session LESSON-ID                     a fresh workspace and engine session begin
 * file PATH BASE64                      a lesson file the workspace holds before the setup (UTF-8 content)
 * command KIND STATUS MILLIS TEXT       one command (KIND: setup, replay, step, cleanup), its exit status and time
 * + TEXT                                the next line of the same command (here-documents)
 * end                                   the session is over: the tutor removes what it made here
 * </pre>
 */
public final class CommandLogFile implements CommandListener, AutoCloseable {
    static final String HEADER = "# docker-tutor command log 1";

    private final BufferedWriter out;
    private final Map<LessonRun, StringBuilder> open = new IdentityHashMap<>();

    public CommandLogFile(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.newLine();
        out.flush();
    }

    @Override
    public void sessionStarted(LessonRun run) {
        StringBuilder session = new StringBuilder("session ").append(run.lesson().id()).append('\n');
        Base64.Encoder base64 = Base64.getEncoder();
        run.lesson().files().forEach((path, content) -> session.append("file ").append(path).append(' ')
                .append(base64.encodeToString(content.getBytes(StandardCharsets.UTF_8))).append('\n'));
        synchronized (open) {
            open.put(run, session);
        }
    }

    @Override
    public void commandRan(LessonRun run, Kind kind, String command, int status, long nanos) {
        StringBuilder session = session(run);
        session.append(String.format(Locale.ROOT, "command %s %d %.1f ", kind.name().toLowerCase(Locale.ROOT), status, nanos / 1e6));
        session.append(command.replace("\n", "\n+ ")).append('\n');
    }

    @Override
    public void sessionEnded(LessonRun run) {
        StringBuilder session;
        synchronized (open) {
            session = open.remove(run);
        }
        if (session == null) {
            return;
        }
        session.append("end\n");
        synchronized (out) {
            try {
                out.write(session.toString());
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private StringBuilder session(LessonRun run) {
        synchronized (open) {
            StringBuilder session = open.get(run);
            if (session == null) {
                throw new IllegalStateException("a command of a session that never started");
            }
            return session;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
