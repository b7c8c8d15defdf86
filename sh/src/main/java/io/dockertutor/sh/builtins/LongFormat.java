package io.dockertutor.sh.builtins;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The columns of {@code ls -l}: mode, links, owner, group, size, date, name, aligned as GNU aligns them. */
final class LongFormat {
    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ENGLISH);

    private static final Set<String> NO_OWNER = Set.of("user", "group");

    private LongFormat() {
    }

    record Row(String mode, long links, String owner, String group, String size, String date, String name,
               long blocks) {
    }

    static Row row(String name, Path p, boolean human) {
        try {
            BasicFileAttributes basic = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String owner = "root";
            String group = "root";
            String perms = basic.isDirectory() ? "rwxr-xr-x" : "rw-r--r--";
            try {
                PosixFileAttributes posix = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                // the simulator's in-memory trees record no owner ("user"/"group"): their files are root's, as
                // an image's files are unless its build chowned them
                owner = NO_OWNER.contains(posix.owner().getName()) ? "root" : posix.owner().getName();
                group = NO_OWNER.contains(posix.group().getName()) ? "root" : posix.group().getName();
                perms = permissions(posix.permissions());
            } catch (UnsupportedOperationException | IOException e) {
                // a file system without POSIX attributes: show the usual defaults
            }
            char type = basic.isDirectory() ? 'd' : basic.isSymbolicLink() ? 'l' : '-';
            Set<String> marks = type == 'l' ? Set.of() : UserMarks.of(p);
            if (type == 'l') {
                perms = "rwxrwxrwx";
            } else if (marks.contains(UserMarks.STICKY)) {
                perms = sticky(perms);
            }
            long links = basic.isDirectory() && marks.contains(UserMarks.MERGED) ? 1 : links(p, basic);
            long size = basic.isDirectory() && basic.size() == 0 ? 4096 : basic.size(); // a directory takes a block
            String shown = name;
            if (basic.isSymbolicLink()) {
                String target = Files.readSymbolicLink(p).toString();
                shown += " -> " + target;
                size = target.getBytes(java.nio.charset.StandardCharsets.UTF_8).length; // a link's size is its target's length
            }
            long blocks = basic.isSymbolicLink() ? 0 : basic.isDirectory() ? 4 : (size + 4095) / 4096 * 4;
            return new Row(type + perms, links, owner, group, human ? human(size) : String.valueOf(size),
                    date(basic.lastModifiedTime().toInstant()), shown, blocks);
        } catch (IOException e) {
            return new Row("??????????", 0, "?", "?", "?", "           ?", name, 0);
        }
    }

    private static long links(Path p, BasicFileAttributes basic) {
        try {
            Object n = Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            if (n instanceof Number number) {
                return number.longValue();
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // no unix view: count as a directory's links would be counted
        }
        if (!basic.isDirectory()) {
            return 1;
        }
        try (var s = Files.list(p)) {
            return 2 + s.filter(c -> Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)).count();
        } catch (IOException e) {
            return 2;
        }
    }

    /**
     * {@code t} (or {@code T} without others' execute) for a file with the sticky bit, which the simulator's
     * in-memory trees keep as a {@link UserMarks} mark (POSIX permissions cannot hold it).
     */
    private static String sticky(String perms) {
        return perms.substring(0, 8) + (perms.charAt(8) == 'x' ? 't' : 'T');
    }

    private static String permissions(Set<PosixFilePermission> set) {
        PosixFilePermission[] order = PosixFilePermission.values();
        StringBuilder sb = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int i = 0; i < order.length; i++) {
            sb.append(set.contains(order[i]) ? letters.charAt(i) : '-');
        }
        return sb.toString();
    }

    static String date(Instant t) {
        ZonedDateTime z = t.atZone(ZoneId.systemDefault());
        Instant now = Instant.now();
        boolean recent = t.isAfter(now.minusSeconds(15_778_476L)) && !t.isAfter(now.plusSeconds(3600));
        return (recent ? RECENT : OLD).format(z);
    }

    /** Sizes as {@code ls -h} shows them: 4.0K, 12K, 1.5M. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return String.valueOf(bytes);
        }
        String units = "KMGTPE";
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length() - 1) {
            v /= 1024;
            u++;
        }
        if (v < 10) {
            double up = Math.ceil(v * 10) / 10;
            return (up >= 10 ? String.valueOf((long) up) : String.format(Locale.ROOT, "%.1f", up)) + units.charAt(u);
        }
        return (long) Math.ceil(v) + String.valueOf(units.charAt(u));
    }

    /**
     * busybox's fixed columns (coreutils/ls.c): {@code %-10s %4lu %-8.8s %-8.8s %9llu DATE NAME}; with -n the ids.
     */
    static void printBusybox(List<Row> rows, PrintStream out, boolean showOwner, boolean numeric) {
        for (Row r : rows) {
            StringBuilder sb = new StringBuilder(String.format("%-10s %4d ", r.mode(), r.links()));
            String owner = numeric ? ids(r.owner()) : r.owner();
            String group = numeric ? ids(r.group()) : r.group();
            if (showOwner) {
                sb.append(String.format("%-8.8s ", owner));
            }
            sb.append(String.format("%-8.8s ", group));
            sb.append(String.format("%9s ", r.size())).append(r.date()).append(' ').append(r.name());
            out.println(sb);
        }
    }

    /** The id of a name as -n shows it; only root's is known without the image's /etc/passwd. */
    static String ids(String name) {
        return name.equals("root") ? "0" : name;
    }

    static void print(List<Row> rows, PrintStream out, boolean showOwner) {
        int links = 0;
        int owner = 0;
        int group = 0;
        int size = 0;
        for (Row r : rows) {
            links = Math.max(links, String.valueOf(r.links()).length());
            owner = Math.max(owner, r.owner().length());
            group = Math.max(group, r.group().length());
            size = Math.max(size, r.size().length());
        }
        for (Row r : rows) {
            StringBuilder sb = new StringBuilder(r.mode()).append(' ');
            sb.append(pad(String.valueOf(r.links()), links, true)).append(' ');
            if (showOwner) {
                sb.append(pad(r.owner(), owner, false)).append(' ');
            }
            sb.append(pad(r.group(), group, false)).append(' ');
            sb.append(pad(r.size(), size, true)).append(' ');
            sb.append(r.date()).append(' ').append(r.name());
            out.println(sb);
        }
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
