package io.dockertutor.tutor.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The progress file, {@code progress.yaml} in the state directory: the terminal tutor's {@link ProgressStore}. Every save writes a temporary file in the same
 * directory, forces it to disk, then renames it over the old one (an atomic replace on POSIX file systems) and
 * forces the directory: a process killed at any instant leaves the old or the new file, whole.
 *
 * <p>Several tutors may share one state directory (two terminals, a classroom account). Each save holds a lock on
 * {@code progress.yaml.lock} beside the file, reads what is there and merges this tutor's progress into it
 * ({@link ProgressMerge}), so the later save never drops the other's lessons; {@link #claimSession()} tells the second
 * tutor that it is not alone. A part of the file that cannot be read (one lesson with {@code step: three}) is
 * written to a side file ({@code progress.yaml.damaged-20250101T120000}) and the rest kept; a file that cannot be read
 * at all is moved there whole. A file that cannot even be opened (no permission, a directory) is left as it is and
 * nothing is saved over it: the session keeps its progress in memory and {@link #save} refuses.
 *
 * <pre>{@code
 * ProgressStore store = new ProgressFile(ProgressFile.stateDirectory(System.getenv()));
 * ProgressStore.Loaded loaded = store.load();   // loaded.setAside() != null: warn the learner
 * store.save(loaded.progress());
 * }</pre>
 */
public final class ProgressFile implements ProgressStore {
    /** Far above any real progress file (a few kilobytes per lesson), far below what would strain the heap. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    /** File locks belong to the whole process, so two stores of one process take turns here first. */
    private static final ReentrantLock SAVES_IN_THIS_PROCESS = new ReentrantLock();

    private final Path dir;
    private final Path file;
    private final Path lockFile;
    private final Clock clock;
    /** What this tutor last read or wrote: the base of the three-way merge. */
    private Progress base = new Progress();
    /** Why the file could not be read; while set, nothing is saved over it. */
    private IOException cannotRead;
    /** The file as this store last wrote it (inode, time, size): while it is still that, nobody else wrote since. */
    private List<Object> lastWritten;
    private FileChannel lockChannel;
    private FileLock session;

    public ProgressFile(Path stateDirectory) {
        this(stateDirectory, Clock.systemUTC());
    }

    public ProgressFile(Path stateDirectory, Clock clock) {
        this.dir = stateDirectory;
        this.file = stateDirectory.resolve("progress.yaml");
        this.lockFile = stateDirectory.resolve("progress.yaml.lock");
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

    /** A path that is not a file docker-tutor reads or writes progress in: a directory, a device, a huge file. */
    public static final class NotAProgressFile extends IOException {
        /** What the path is instead. */
        public enum Kind { DIRECTORY, NOT_REGULAR, TOO_LARGE }

        private final Kind kind;

        NotAProgressFile(Path path, Kind kind) {
            super(path.toString(), null);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    public Path file() {
        return file;
    }

    /** The progress file's path, as the learner's messages name it. */
    @Override
    public String where() {
        return file.toString();
    }

    /**
     * Reads the file; missing means a first run (fresh progress), damaged parts are set aside. Throws nothing: a
     * file that cannot be opened is reported in {@link Loaded#cannotRead()}.
     */
    @Override
    public Loaded load() {
        try {
            removeAbandonedTemporaries();
        } catch (IOException e) {
            // Only a tidy-up; an unreadable directory shows itself in the read below.
        }
        List<Object> before = fingerprint(file);
        Read read;
        try {
            read = read();
        } catch (IOException e) {
            cannotRead = e;
            return new Loaded(new Progress(), null, null, List.of(), e);
        }
        base = read.progress().copy();
        if (before != null && before.equals(fingerprint(file))) {
            // Nobody wrote the file while it was read: the next save need not read it again (nor set a part aside twice).
            lastWritten = before;
        }
        if (!read.parts().isEmpty()) {
            try {
                save(read.progress().copy());
            } catch (IOException e) {
                // The good part stays in memory and the next save writes it; the bad part is already safe aside.
            }
        }
        return new Loaded(read.progress(), read.setAside(), read.problem(), read.parts(), null);
    }

    /** The progress in the file now, with any unreadable part set aside. */
    private record Read(Progress progress, Path setAside, String problem, List<String> parts) {
    }

    private Read read() throws IOException {
        String text;
        try {
            text = readBounded(file);
        } catch (NoSuchFileException e) {
            return new Read(new Progress(), null, null, List.of());
        } catch (NotAProgressFile e) {
            if (e.kind() != NotAProgressFile.Kind.TOO_LARGE) {
                throw e;
            }
            return new Read(new Progress(), moveAside(), "larger than " + MAX_BYTES / (1024 * 1024) + " MB", List.of());
        } catch (CharacterCodingException e) {
            return new Read(new Progress(), moveAside(), "not UTF-8 text", List.of());
        }
        ProgressCodec.Decoded decoded;
        try {
            decoded = ProgressCodec.decode(text);
        } catch (ProgressCodec.FormatException e) {
            return new Read(new Progress(), moveAside(), e.getMessage(), List.of());
        }
        if (decoded.whole()) {
            return new Read(decoded.progress(), null, null, List.of());
        }
        Path aside = asidePath();
        writeAtomically(aside, ProgressCodec.writeUnreadable(decoded));
        return new Read(decoded.progress(), aside, String.join("; ", decoded.problems().values()),
                List.copyOf(decoded.problems().keySet()));
    }

    /**
     * The text of a regular file of at most {@link #MAX_BYTES}, strictly UTF-8. A directory, a device
     * ({@code /dev/zero}) or a pipe is refused before a byte is read, a larger file after {@code MAX_BYTES + 1}.
     */
    static String readBounded(Path path) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            throw new NotAProgressFile(path, NotAProgressFile.Kind.DIRECTORY);
        }
        if (!attrs.isRegularFile()) {
            throw new NotAProgressFile(path, NotAProgressFile.Kind.NOT_REGULAR);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new NotAProgressFile(path, NotAProgressFile.Kind.TOO_LARGE);
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
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

    private Path asidePath() {
        return dir.resolve("progress.yaml.damaged-" + STAMP.format(clock.instant()));
    }

    private Path moveAside() throws IOException {
        Path aside = asidePath();
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    /**
     * Merges {@code progress} into the file, atomically and under the lock, and takes in (into {@code progress}
     * itself) what another tutor saved there meanwhile.
     */
    @Override
    public void save(Progress progress) throws IOException {
        if (cannotRead != null) {
            throw new NotSaved(cannotRead);
        }
        Files.createDirectories(dir);
        SAVES_IN_THIS_PROCESS.lock();
        try (FileLock lock = lockChannel().lock(0, 1, false)) {
            // Reading back one's own last write would only cost time: the merge with it is this progress itself.
            Progress theirs = lastWritten != null && lastWritten.equals(fingerprint(file)) ? base : read().progress();
            Progress merged = ProgressMerge.merge(base, progress, theirs);
            writeAtomically(file, ProgressCodec.write(merged));
            lastWritten = fingerprint(file);
            base = merged.copy();
            progress.adopt(merged);
        } finally {
            SAVES_IN_THIS_PROCESS.unlock();
        }
    }

    private static List<Object> fingerprint(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return java.util.Arrays.asList(a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    private FileChannel lockChannel() throws IOException {
        if (lockChannel == null || !lockChannel.isOpen()) {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        return lockChannel;
    }

    /**
     * Marks this state directory as in use by this tutor until {@link #close()}; false when another tutor (another
     * process, or another store in this one) has it already. True as well when no lock can be taken at all (a
     * directory that cannot be written): there is nothing to share then.
     */
    @Override
    public boolean claimSession() {
        try {
            Files.createDirectories(dir);
            session = lockChannel().tryLock(1, 1, false);
            return session != null;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Lets go of the state directory: the session mark and the lock file stay for the next tutor. */
    @Override
    public void close() {
        try {
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // Closing releases the locks whatever it answers.
        }
        lockChannel = null;
        session = null;
    }

    /** Writes the progress to {@code target} (any path the learner names), atomically as well. */
    @Override
    public void exportTo(Progress progress, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            // Renaming a file over an empty directory would replace it.
            throw new NotAProgressFile(absolute, NotAProgressFile.Kind.DIRECTORY);
        }
        Files.createDirectories(absolute.getParent());
        writeAtomically(absolute, ProgressCodec.write(progress));
    }

    /** Reads a progress file from elsewhere; the caller saves it if it wants to keep it. */
    @Override
    public Progress importFrom(Path source) throws IOException, ImportException {
        String text;
        try {
            text = readBounded(source);
        } catch (CharacterCodingException e) {
            throw new ImportException("not UTF-8 text");
        }
        try {
            return ProgressCodec.read(text);
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
