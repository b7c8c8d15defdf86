package io.dockertutor.engine.sim.fs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;

/**
 * A path that reads through to another file system but refuses every change with {@code Read-only file system},
 * the way a {@code :ro} mount does. Shell builtins work on it unchanged: they only see a {@link Path} whose
 * provider throws {@link java.nio.file.FileSystemException} on writes.
 */
final class ReadOnlyPath implements Path {
    private final ReadOnlyProvider.ReadOnlyFileSystem fileSystem;
    final Path delegate;

    ReadOnlyPath(ReadOnlyProvider.ReadOnlyFileSystem fileSystem, Path delegate) {
        this.fileSystem = fileSystem;
        this.delegate = delegate;
    }

    /** {@code target} seen through a read-only mount. */
    static Path of(Path target) {
        return new ReadOnlyProvider.ReadOnlyFileSystem(new ReadOnlyProvider(), target.getFileSystem()).wrap(target);
    }

    /** {@code target} seen through a mount whose writes fail with {@code reason} (a kernel file system's errno). */
    static Path of(Path target, String reason) {
        return new ReadOnlyProvider.ReadOnlyFileSystem(new ReadOnlyProvider(reason), target.getFileSystem()).wrap(target);
    }

    private Path wrap(Path p) {
        return fileSystem.wrap(p);
    }

    static Path unwrap(Path p) {
        return p instanceof ReadOnlyPath r ? r.delegate : p;
    }

    @Override
    public ReadOnlyProvider.ReadOnlyFileSystem getFileSystem() {
        return fileSystem;
    }

    @Override
    public boolean isAbsolute() {
        return delegate.isAbsolute();
    }

    @Override
    public Path getRoot() {
        return wrap(delegate.getRoot());
    }

    @Override
    public Path getFileName() {
        return wrap(delegate.getFileName());
    }

    @Override
    public Path getParent() {
        return wrap(delegate.getParent());
    }

    @Override
    public int getNameCount() {
        return delegate.getNameCount();
    }

    @Override
    public Path getName(int index) {
        return wrap(delegate.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return wrap(delegate.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        return delegate.startsWith(unwrap(other));
    }

    @Override
    public boolean endsWith(Path other) {
        return delegate.endsWith(unwrap(other));
    }

    @Override
    public Path normalize() {
        return wrap(delegate.normalize());
    }

    @Override
    public Path resolve(Path other) {
        return wrap(delegate.resolve(unwrap(other)));
    }

    @Override
    public Path relativize(Path other) {
        return wrap(delegate.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
        return delegate.toUri();
    }

    @Override
    public Path toAbsolutePath() {
        return wrap(delegate.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        return wrap(delegate.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("watch");
    }

    @Override
    public int compareTo(Path other) {
        return delegate.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadOnlyPath r && r.delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(delegate, 17);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
