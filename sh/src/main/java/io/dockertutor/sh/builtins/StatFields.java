package io.dockertutor.sh.builtins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * One file's {@code stat} fields, as the {@code %} sequences of {@code stat -c} name them. Figures a container's
 * overlay file system decides (device, inode) are fixed plausible values: the simulator has no real device.
 */
final class StatFields {
    /** An overlay mount's device as Docker containers show it (0,45); the same for every container here. */
    static final int DEVICE_MINOR = 45;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS Z", Locale.ROOT);

    private final String name;
    private final Path path;
    private final BasicFileAttributes attrs;
    private final FileOwners owners;

    StatFields(String name, Path path, FileOwners owners) throws IOException {
        this.name = name;
        this.path = path;
        this.attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        this.owners = owners;
    }

    String name() {
        return name;
    }

    boolean isLink() {
        return attrs.isSymbolicLink();
    }

    String linkTarget() {
        try {
            return Files.readSymbolicLink(path).toString();
        } catch (IOException e) {
            return "";
        }
    }

    long size() {
        if (attrs.isDirectory()) {
            return attrs.size() == 0 ? 4096 : attrs.size();
        }
        return attrs.isSymbolicLink() ? linkTarget().length() : attrs.size();
    }

    /** 512-byte blocks, a file taking whole 4K blocks as on ext4 and overlayfs. */
    long blocks() {
        if (attrs.isSymbolicLink()) {
            return 0;
        }
        return attrs.isDirectory() ? 8 : (size() + 4095) / 4096 * 8;
    }

    String type() {
        if (attrs.isDirectory()) {
            return "directory";
        }
        if (attrs.isSymbolicLink()) {
            return "symbolic link";
        }
        if (attrs.isRegularFile()) {
            return attrs.size() == 0 ? "regular empty file" : "regular file";
        }
        return "character special file";
    }

    int mode() {
        return FileModes.of(path);
    }

    String symbolicMode() {
        return FileModes.symbolic(path, attrs);
    }

    String user() {
        String stored = FileOwners.owner(path);
        return uid() < 0 ? stored : owners.userName(uid()).orElse("UNKNOWN");
    }

    String group() {
        String stored = FileOwners.group(path);
        return gid() < 0 ? stored : owners.groupName(gid()).orElse("UNKNOWN");
    }

    int uid() {
        return FileOwners.idOf(owners.users(), FileOwners.owner(path)).orElse(-1);
    }

    int gid() {
        return FileOwners.idOf(owners.groups(), FileOwners.group(path)).orElse(-1);
    }

    long links() {
        try {
            if (Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS) instanceof Number n) {
                return n.longValue();
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // no unix view
        }
        return attrs.isDirectory() ? 2 : 1;
    }

    long inode() {
        try {
            if (Files.getAttribute(path, "unix:ino", LinkOption.NOFOLLOW_LINKS) instanceof Number n) {
                return n.longValue();
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // no unix view: a stable number for this file
        }
        Object key = attrs.fileKey();
        return 1_000_000L + Math.floorMod(key == null ? path.hashCode() : key.hashCode(), 8_000_000);
    }

    static String time(FileTime t) {
        return TIME.format(t.toInstant().atOffset(ZoneOffset.UTC));
    }

    FileTime modified() {
        return attrs.lastModifiedTime();
    }

    FileTime accessed() {
        return attrs.lastAccessTime();
    }

    /** The field a {@code %} letter names, or null when the letter names none. */
    String field(char letter, boolean gnu) {
        Map<Character, java.util.function.Supplier<Object>> fields = Map.ofEntries(
                Map.entry('n', () -> name),
                Map.entry('N', () -> quoted(name) + (isLink() ? " -> " + quoted(linkTarget()) : "")),
                Map.entry('s', this::size), Map.entry('b', this::blocks), Map.entry('B', () -> 512),
                Map.entry('o', () -> 4096), Map.entry('F', this::type), Map.entry('u', this::uid),
                Map.entry('g', this::gid), Map.entry('U', this::user), Map.entry('G', this::group),
                Map.entry('h', this::links), Map.entry('i', this::inode),
                Map.entry('a', () -> Integer.toOctalString(mode())), Map.entry('A', this::symbolicMode),
                Map.entry('f', () -> Integer.toHexString(rawMode())),
                Map.entry('d', () -> gnu ? String.valueOf(DEVICE_MINOR) : String.valueOf(DEVICE_MINOR)),
                Map.entry('D', () -> Integer.toHexString(DEVICE_MINOR)),
                Map.entry('x', () -> time(accessed())), Map.entry('X', () -> accessed().toInstant().getEpochSecond()),
                Map.entry('y', () -> time(modified())), Map.entry('Y', () -> modified().toInstant().getEpochSecond()),
                Map.entry('z', () -> time(modified())), Map.entry('Z', () -> modified().toInstant().getEpochSecond()));
        var f = fields.get(letter);
        return f == null ? null : String.valueOf(f.get());
    }

    private int rawMode() {
        int type = attrs.isDirectory() ? 0040000 : attrs.isSymbolicLink() ? 0120000 : 0100000;
        return type | mode();
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
