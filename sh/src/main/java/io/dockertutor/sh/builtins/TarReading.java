package io.dockertutor.sh.builtins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Walking an archive's members ({@code tar -t}, and {@code -x} through {@link #each}): the members the operands
 * select, in archive order, and GNU's {@code -tv} line ({@code -rw-r--r-- root/root 6 2026-12-06 01:03 a.txt}).
 */
final class TarReading {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final TarRun run;
    /** GNU widens the owner-and-size column for good once a line needs it (list.c's ugswidth, 19 at first). */
    private int ownerSizeWidth = 19;

    /** What to do with one selected member; {@code data} holds its content. */
    interface Member {
        void accept(TarArchiveEntry entry, InputStream data) throws IOException;
    }

    TarReading(TarRun run) {
        this.run = run;
    }

    int list(List<String> operands) throws TarRun.Fatal, IOException {
        each(operands, (entry, data) -> {
            run.saferName(entry.getName()); // listing keeps the name but warns as extraction would
            run.call.out().println(run.verbose ? verboseLine(entry) : entry.getName());
        });
        return run.status();
    }

    /** Calls {@code action} for each member the operands select (all without operands); reports those not found. */
    void each(List<String> operands, Member action) throws TarRun.Fatal, IOException {
        byte[] bytes = run.readArchive();
        Map<String, Boolean> found = new LinkedHashMap<>();
        operands.forEach(o -> found.put(o, false));
        if (bytes.length < 512) {
            run.error("This does not look like a tar archive");
            return;
        }
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(bytes))) {
            TarArchiveEntry entry;
            boolean first = true;
            while ((entry = next(in, first)) != null) {
                first = false;
                if (selected(entry.getName(), found)) {
                    action.accept(entry, in);
                }
            }
        }
        found.forEach((operand, seen) -> {
            if (!seen) {
                run.error(operand + ": Not found in archive");
            }
        });
    }

    private TarArchiveEntry next(TarArchiveInputStream in, boolean first) {
        try {
            return in.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            // a header tar cannot read: at the start the stream is no archive at all
            run.error(first ? "This does not look like a tar archive" : "Skipping to next header");
            return null;
        }
    }

    /** A member is selected by an operand naming it or a directory above it; each operand remembers a match. */
    private static boolean selected(String name, Map<String, Boolean> operands) {
        if (operands.isEmpty()) {
            return true;
        }
        String member = trimSlashes(name);
        boolean any = false;
        for (Map.Entry<String, Boolean> o : operands.entrySet()) {
            String wanted = trimSlashes(o.getKey());
            if (member.equals(wanted) || member.startsWith(wanted + "/")) {
                o.setValue(true);
                any = true;
            }
        }
        return any;
    }

    private static String trimSlashes(String name) {
        String s = name;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** {@code %s %s/%s %*s %-16s %s} as GNU's list.c prints a member, with a link's target after it. */
    String verboseLine(TarArchiveEntry e) {
        String user = e.getUserName().isEmpty() ? String.valueOf(e.getLongUserId()) : e.getUserName();
        String group = e.getGroupName().isEmpty() ? String.valueOf(e.getLongGroupId()) : e.getGroupName();
        String size = e.isCharacterDevice() || e.isBlockDevice()
                ? e.getDevMajor() + "," + e.getDevMinor()
                : String.valueOf(e.isDirectory() || e.isSymbolicLink() || e.isLink() ? 0 : e.getSize());
        int pad = user.length() + 1 + group.length() + 1 + size.length();
        ownerSizeWidth = Math.max(ownerSizeWidth, pad);
        String date = DATE.format(e.getLastModifiedDate().toInstant().atZone(ZoneId.systemDefault()));
        StringBuilder line = new StringBuilder()
                .append(modes(e)).append(' ').append(user).append('/').append(group).append(' ')
                .append(" ".repeat(ownerSizeWidth - pad)).append(size).append(' ').append(date)
                .append(' ').append(e.getName());
        if (e.isSymbolicLink()) {
            line.append(" -> ").append(e.getLinkName());
        } else if (e.isLink()) {
            line.append(" link to ").append(e.getLinkName());
        }
        return line.toString();
    }

    private static String modes(TarArchiveEntry e) {
        char type = e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : e.isLink() ? 'h'
                : e.isCharacterDevice() ? 'c' : e.isBlockDevice() ? 'b' : e.isFIFO() ? 'p' : '-';
        int mode = e.getMode();
        StringBuilder s = new StringBuilder().append(type);
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((mode & (0400 >> i)) != 0 ? letters.charAt(i) : '-');
        }
        special(s, 3, (mode & 04000) != 0, 's');
        special(s, 6, (mode & 02000) != 0, 's');
        special(s, 9, (mode & 01000) != 0, 't');
        return s.toString();
    }

    /** setuid, setgid and sticky show in the execute place: lower case over x, upper case over -. */
    private static void special(StringBuilder s, int at, boolean set, char letter) {
        if (set) {
            s.setCharAt(at, s.charAt(at) == 'x' ? letter : Character.toUpperCase(letter));
        }
    }

    static List<String> components(String name) {
        List<String> parts = new ArrayList<>();
        for (String p : name.split("/")) {
            if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return parts;
    }
}
