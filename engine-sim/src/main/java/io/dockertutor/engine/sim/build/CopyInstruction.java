package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * COPY and ADD: which files they take (from the build context, another stage, or an image), where they land
 * (Docker's rules for a destination ending in {@code /} or naming a directory), with {@code --chown} and
 * {@code --chmod}; ADD also unpacks local tar archives, as the notes say, and fetches URLs (sizes from the table).
 */
final class CopyInstruction {
    /** A source file: its path below the source root, content, size and mode. */
    record Source(String relative, FileSpec spec, long size) {
    }

    /** Thrown with BuildKit's words when a source does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    private CopyInstruction() {
    }

    /** The files {@code pattern} names in a tree of absolute paths ({@code /go-app}, {@code /src/*.go}). */
    static List<Source> select(Map<String, FileSpec> files, Map<String, Long> sizes, String pattern) {
        String p = java.nio.file.Path.of("/" + pattern).normalize().toString();
        if (p.equals("/")) {
            return everything(files, sizes); // COPY . /app/, COPY ./ /app/: the whole source, its root a directory
        }
        Pattern glob = Pattern.compile(globRegex(p));
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, FileSpec> e : files.entrySet()) {
            String path = e.getKey();
            if (glob.matcher(path).matches()) {
                String base = path.substring(path.lastIndexOf('/') + 1);
                if (e.getValue().kind() == FileSpec.Kind.DIRECTORY) {
                    for (Map.Entry<String, FileSpec> child : files.entrySet()) {
                        if (child.getKey().startsWith(path + "/")) {
                            out.add(new Source(child.getKey().substring(path.length() + 1), child.getValue(),
                                    sizes.getOrDefault(child.getKey(), length(child.getValue()))));
                        }
                    }
                    if (!pattern.contains("*")) {
                        out.add(new Source("", e.getValue(), 0));
                    }
                } else {
                    out.add(new Source(p.contains("*") || p.contains("?") ? base : base, e.getValue(),
                            sizes.getOrDefault(path, length(e.getValue()))));
                }
            }
        }
        return out;
    }

    private static List<Source> everything(Map<String, FileSpec> files, Map<String, Long> sizes) {
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, FileSpec> e : files.entrySet()) {
            if (!e.getKey().equals("/")) {
                out.add(new Source(e.getKey().substring(1), e.getValue(), sizes.getOrDefault(e.getKey(), length(e.getValue()))));
            }
        }
        out.add(new Source("", FileSpec.directory(0755), 0));
        return out;
    }

    /** The build context as an absolute tree, for {@link #select}. */
    static Map<String, FileSpec> contextTree(BuildContextFiles ctx, Map<String, Long> sizes) {
        Map<String, FileSpec> tree = new java.util.TreeMap<>();
        for (Map.Entry<String, BuildContextFiles.Entry> e : ctx.entries().entrySet()) {
            BuildContextFiles.Entry v = e.getValue();
            String path = "/" + e.getKey();
            if (v.link()) {
                tree.put(path, FileSpec.symlink(v.linkTarget()).withModified(v.modified()));
            } else if (v.directory()) {
                tree.put(path, FileSpec.directory(0755));
            } else {
                tree.put(path, FileSpec.file(new String(v.content(), StandardCharsets.UTF_8), v.executable() ? 0755 : 0644)
                        .withModified(v.modified())); // BuildKit and the legacy builder keep the file's time
                sizes.put(path, (long) v.content().length);
            }
        }
        return tree;
    }

    /** Unpacks a tar archive (plain, gzip, bzip2 or xz) into entries relative to the destination. */
    static List<Source> untar(byte[] archive) {
        List<Source> out = new ArrayList<>();
        try (InputStream raw = decompress(archive); TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().replaceAll("^\\./", "").replaceAll("/$", "");
                if (name.isEmpty()) {
                    continue;
                }
                if (entry.isDirectory()) {
                    out.add(new Source(name, FileSpec.directory(entry.getMode() & 07777), 0));
                } else if (entry.isSymbolicLink()) {
                    out.add(new Source(name, FileSpec.symlink(entry.getLinkName()), 0));
                } else {
                    byte[] b = tar.readAllBytes();
                    out.add(new Source(name, new FileSpec(FileSpec.Kind.FILE, new String(b, StandardCharsets.UTF_8),
                            entry.getMode() & 07777, (int) entry.getLongUserId(), (int) entry.getLongGroupId(), null), b.length));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static InputStream decompress(byte[] archive) {
        try {
            return new CompressorStreamFactory().createCompressorInputStream(new java.io.BufferedInputStream(new ByteArrayInputStream(archive)));
        } catch (Exception notCompressed) {
            return new ByteArrayInputStream(archive);
        }
    }

    static boolean looksLikeTar(String name) {
        return name.matches("(?i).*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz)$");
    }

    /** Where each source lands: into {@code dest} when it is a directory (or ends in /, or there are several). */
    static Map<String, Source> place(List<Source> sources, String dest, boolean destIsDir) {
        Map<String, Source> out = new LinkedHashMap<>();
        for (Source s : sources) {
            String to = s.relative().isEmpty() ? dest : destIsDir ? dest + "/" + s.relative() : dest;
            out.put(java.nio.file.Path.of(to).normalize().toString(), s);
        }
        return out;
    }

    private static long length(FileSpec f) {
        return f.kind() == FileSpec.Kind.FILE ? f.content().getBytes(StandardCharsets.UTF_8).length : 0;
    }

    private static String globRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> sb.append("[^/]*");
                case '?' -> sb.append("[^/]");
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
