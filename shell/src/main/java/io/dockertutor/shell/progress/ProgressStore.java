package io.dockertutor.shell.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The progress file, {@code progress.yaml} in the state directory. Every save writes a temporary file in the same
 * directory, forces it to disk, then renames it over the old one (an atomic replace on POSIX file systems) and
 * forces the directory: a process killed at any instant leaves the old or the new file, whole. A file that cannot be
 * read is renamed aside ({@code progress.yaml.damaged-20250101T120000}) and reading starts afresh.
 *
 * <pre>{@code
 * ProgressStore store = new ProgressStore(ProgressStore.stateDirectory(System.getenv()));
 * ProgressStore.Loaded loaded = store.load();   // loaded.setAside() != null: warn the learner
 * store.save(loaded.progress());
 * }</pre>
 */
public final class ProgressStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Path file;
    private final Clock clock;

    public ProgressStore(Path stateDirectory) {
        this(stateDirectory, Clock.systemUTC());
    }

    public ProgressStore(Path stateDirectory, Clock clock) {
        this.dir = stateDirectory;
        this.file = stateDirectory.resolve("progress.yaml");
        this.clock = clock;
    }

    /** {@code $XDG_STATE_HOME/docker-tutor}, else {@code ~/.local/state/docker-tutor} (XDG Base Directory spec). */
    public static Path stateDirectory(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        // The spec says a relative XDG_* path is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "docker-tutor");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "state", "docker-tutor");
    }

    /** What {@link #load()} found: the progress, and where a damaged file was moved (null if none was). */
    public record Loaded(Progress progress, Path setAside, String problem) {
    }

    /** Thrown by {@link #importFrom} when the file is not a progress file; nothing was changed. */
    public static final class ImportException extends Exception {
        public ImportException(String message) {
            super(message, null, false, false);
        }
    }

    public Path file() {
        return file;
    }

    public Path directory() {
        return dir;
    }

    /** Reads the file; missing means a first run (fresh progress), damaged means set aside (fresh progress). */
    public Loaded load() throws IOException {
        removeAbandonedTemporaries();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(new Progress(), null, null);
        } catch (java.nio.charset.CharacterCodingException e) {
            return setAside("not UTF-8 text");
        }
        try {
            return new Loaded(ProgressCodec.read(text), null, null);
        } catch (ProgressCodec.FormatException e) {
            return setAside(e.getMessage());
        }
    }

    /** A process killed between writing its temporary file and renaming it leaves the file behind; nobody needs it. */
    private void removeAbandonedTemporaries() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                String prefix = file.getFileName() + ".tmp-";
                if (name.startsWith(prefix) && name.substring(prefix.length()).matches("[0-9]+")
                        && ProcessHandle.of(Long.parseLong(name.substring(prefix.length()))).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Loaded setAside(String problem) throws IOException {
        Path aside = dir.resolve("progress.yaml.damaged-" + STAMP.format(clock.instant()));
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return new Loaded(new Progress(), aside, problem);
    }

    /** Replaces the file with {@code progress}, atomically. */
    public void save(Progress progress) throws IOException {
        Files.createDirectories(dir);
        writeAtomically(file, ProgressCodec.write(progress));
    }

    /** Writes the progress to {@code target} (any path the learner names), atomically as well. */
    public void exportTo(Progress progress, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        writeAtomically(target.toAbsolutePath(), ProgressCodec.write(progress));
    }

    /** Reads a progress file from elsewhere; the caller saves it if it wants to keep it. */
    public Progress importFrom(Path source) throws IOException, ImportException {
        try {
            return ProgressCodec.read(Files.readString(source, StandardCharsets.UTF_8));
        } catch (ProgressCodec.FormatException e) {
            throw new ImportException(e.getMessage());
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(target.getParent());
    }

    /** Makes the rename itself durable; some platforms cannot open a directory, and there is nothing more to do then. */
    private static void forceDirectory(Path directory) {
        try (FileChannel ch = FileChannel.open(directory, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows and some file systems refuse; the rename is still atomic, only its durability is weaker.
        }
    }
}
