package io.dockertutor.engine.sim.fs;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;
import java.util.Set;

/**
 * The provider behind {@link ReadOnlyPath}: reads go to the wrapped file system, anything that would change a file,
 * a directory or an attribute fails with {@code Read-only file system} (EROFS), as the kernel answers for a
 * read-only mount.
 */
final class ReadOnlyProvider extends FileSystemProvider {
    private static final Set<OpenOption> WRITES = Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
            StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.DELETE_ON_CLOSE);

    /** What a write answers: EROFS for a read-only mount; ENOENT for procfs, where nothing new can be made. */
    private final String reason;

    ReadOnlyProvider() {
        this("Read-only file system");
    }

    ReadOnlyProvider(String reason) {
        this.reason = reason;
    }

    FileSystemException readOnly(Path path) {
        return new FileSystemException(path.toString(), null, reason);
    }

    private static Path real(Path p) {
        return ReadOnlyPath.unwrap(p);
    }

    private static FileSystemProvider inner(Path p) {
        return real(p).getFileSystem().provider();
    }

    @Override
    public String getScheme() {
        return "dockertutor-ro";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path getPath(URI uri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        for (OpenOption o : options) {
            if (WRITES.contains(o)) {
                throw readOnly(path);
            }
        }
        return inner(path).newByteChannel(real(path), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        ReadOnlyFileSystem fs = (ReadOnlyFileSystem) dir.getFileSystem();
        DirectoryStream<Path> stream = inner(dir).newDirectoryStream(real(dir), p -> filter.accept(fs.wrap(p)));
        return new DirectoryStream<>() {
            @Override
            public java.util.Iterator<Path> iterator() {
                java.util.Iterator<Path> it = stream.iterator();
                return new java.util.Iterator<>() {
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    public Path next() {
                        return fs.wrap(it.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw readOnly(dir);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        throw readOnly(link);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        throw readOnly(link);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return inner(link).readSymbolicLink(real(link));
    }

    @Override
    public void delete(Path path) throws IOException {
        throw readOnly(path);
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        throw readOnly(target);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        throw readOnly(source);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
        return inner(path).isSameFile(real(path), real(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        return inner(path).isHidden(real(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        return inner(path).getFileStore(real(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        for (AccessMode m : modes) {
            if (m == AccessMode.WRITE) {
                throw readOnly(path);
            }
        }
        inner(path).checkAccess(real(path), modes);
    }

    /** Views read through; their setters ({@code setTimes}, {@code setPermissions}, ...) fail as writes. */
    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        V view = inner(path).getFileAttributeView(real(path), type, options);
        if (view == null) {
            return null;
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getName().startsWith("set")) {
                throw readOnly(path);
            }
            try {
                return method.invoke(view, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        return inner(path).readAttributes(real(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return inner(path).readAttributes(real(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        throw readOnly(path);
    }

    /** The file system a read-only mount's paths belong to; path syntax is the wrapped one's. */
    static final class ReadOnlyFileSystem extends FileSystem {
        private final ReadOnlyProvider provider;
        private final FileSystem inner;

        ReadOnlyFileSystem(ReadOnlyProvider provider, FileSystem inner) {
            this.provider = provider;
            this.inner = inner;
        }

        Path wrap(Path p) {
            return p == null ? null : new ReadOnlyPath(this, p);
        }

        @Override
        public FileSystemProvider provider() {
            return provider;
        }

        @Override
        public void close() {
        }

        @Override
        public boolean isOpen() {
            return inner.isOpen();
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }

        @Override
        public String getSeparator() {
            return inner.getSeparator();
        }

        @Override
        public Iterable<Path> getRootDirectories() {
            return java.util.stream.StreamSupport.stream(inner.getRootDirectories().spliterator(), false)
                    .map(this::wrap).toList();
        }

        @Override
        public Iterable<FileStore> getFileStores() {
            return inner.getFileStores();
        }

        @Override
        public Set<String> supportedFileAttributeViews() {
            return inner.supportedFileAttributeViews();
        }

        @Override
        public Path getPath(String first, String... more) {
            return wrap(inner.getPath(first, more));
        }

        @Override
        public PathMatcher getPathMatcher(String syntaxAndPattern) {
            PathMatcher m = inner.getPathMatcher(syntaxAndPattern);
            return p -> m.matches(ReadOnlyPath.unwrap(p));
        }

        @Override
        public UserPrincipalLookupService getUserPrincipalLookupService() {
            return inner.getUserPrincipalLookupService();
        }

        @Override
        public WatchService newWatchService() throws IOException {
            throw new UnsupportedOperationException("watch");
        }
    }
}
