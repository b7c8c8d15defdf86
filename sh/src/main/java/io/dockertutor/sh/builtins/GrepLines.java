package io.dockertutor.sh.builtins;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What GNU grep prints for one input: selected lines ({@code name:12:line}), context lines around them
 * ({@code name-13-line}, -A -B -C), the {@code --} between groups that do not touch (also between files), -m's
 * limit (the trailing context still follows), -c -l -L, -o, -b, -T, -Z and {@code --color=always} with the default
 * GREP_COLORS (file names 35, line numbers 32, separators 36, matches 01;31).
 */
final class GrepLines {
    private static final String END = "\u001b[m\u001b[K";
    private final GnuOptions o;
    private final Pattern pattern;
    private final int before;
    private final int after;
    private final long maxCount;
    private final boolean color;
    private final String groupSeparator;
    private final boolean withNames;
    /** Whether anything was printed yet, in any file: GNU's separator goes between groups, across files too. */
    private boolean used;

    GrepLines(GnuOptions o, Pattern pattern, int before, int after, long maxCount, boolean color,
              String groupSeparator, boolean withNames) {
        this.o = o;
        this.pattern = pattern;
        this.before = before;
        this.after = after;
        this.maxCount = maxCount;
        this.color = color;
        this.groupSeparator = groupSeparator;
        this.withNames = withNames;
    }

    /** Searches one input's records; returns how many were selected. */
    long search(List<String> records, String label, StringBuilder out) {
        boolean listing = o.has('q') || o.has('l') || o.has('L') || o.has('c');
        char end = o.has('z') ? '\0' : '\n';
        long count = 0;
        int lastPrinted = -1;
        int afterLeft = 0;
        long offset = 0;
        long[] offsets = new long[records.size() + 1];
        for (int i = 0; i < records.size(); i++) {
            offsets[i] = offset;
            offset += records.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        }
        for (int i = 0; i < records.size(); i++) {
            String line = records.get(i);
            boolean matches = pattern.matcher(line).find() != o.has('v');
            if (count >= maxCount && (listing || afterLeft == 0)) {
                break; // after -m's last line only its trailing context follows, matching lines too (as context)
            }
            boolean selected = matches && count < maxCount;
            if (selected) {
                count++;
                if (listing) {
                    continue;
                }
                int from = Math.max(Math.max(0, i - before), lastPrinted + 1);
                separate(from, lastPrinted, out);
                for (int c = from; c < i; c++) {
                    context(records.get(c), c, offsets[c], label, out, end);
                }
                selectedLine(line, i, offsets[i], label, out, end);
                lastPrinted = i;
                afterLeft = after;
            } else if (afterLeft > 0 && !listing) {
                context(line, i, offsets[i], label, out, end);
                lastPrinted = i;
                afterLeft--;
            }
        }
        if (o.has('q')) {
            return count;
        }
        char nameEnd = o.has('Z') ? '\0' : '\n';
        if (o.has('l') && count > 0 || o.has('L') && count == 0) {
            out.append(paint("35", label)).append(nameEnd);
        } else if (o.has('c')) {
            out.append(prefix(label, -1, -1, ':')).append(count).append('\n');
        }
        return count;
    }

    /** The {@code --} before a group that does not follow the last printed line (GNU prints it once -A/-B/-C is given). */
    private void separate(int from, int lastPrinted, StringBuilder out) {
        if (groupSeparator != null && used && (lastPrinted < 0 || from != lastPrinted + 1)) {
            out.append(paint("36", groupSeparator)).append('\n');
        }
        used = true;
    }

    private void context(String line, int index, long offset, String label, StringBuilder out, char end) {
        used = true;
        if (o.has('o')) {
            return; // -o prints matches only: context lines count for the separators but are not shown
        }
        out.append(prefix(label, index + 1, offset, '-'));
        out.append(color ? highlighted(line) : line).append(end);
    }

    private void selectedLine(String line, int index, long offset, String label, StringBuilder out, char end) {
        if (o.has('o')) {
            if (o.has('v')) {
                return;
            }
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.append(prefix(label, index + 1, offset + bytes(line.substring(0, m.start())), ':'))
                            .append(paint("01;31", m.group())).append(end);
                }
            }
            return;
        }
        out.append(prefix(label, index + 1, offset, ':'));
        out.append(color && !o.has('v') ? highlighted(line) : line).append(end);
    }

    /** Matches painted in a line that matches: a selected line, or a context line under -v (GNU's ms and mc). */
    private String highlighted(String line) {
        StringBuilder s = new StringBuilder();
        Matcher m = pattern.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            s.append(line, at, m.start()).append(paint("01;31", m.group()));
            at = m.end();
        }
        return s.append(line.substring(at)).toString();
    }

    /** {@code name:}, {@code 12:}, {@code 40:} as asked, then a tab with -T; {@code -} instead of {@code :} for context. */
    private String prefix(String label, int lineNo, long offset, char separator) {
        StringBuilder p = new StringBuilder();
        if (withNames) {
            p.append(paint("35", label));
            p.append(o.has('Z') ? "\0" : paint("36", String.valueOf(separator)));
        }
        if (lineNo >= 0 && o.has('n')) {
            p.append(paint("32", String.valueOf(lineNo))).append(paint("36", String.valueOf(separator)));
        }
        if (offset >= 0 && o.has('b')) {
            p.append(paint("32", String.valueOf(offset))).append(paint("36", String.valueOf(separator)));
        }
        if (o.has('T') && p.length() > 0) {
            p.append('\t');
        }
        return p.toString();
    }

    private String paint(String sgr, String text) {
        return color ? "\u001b[" + sgr + "m\u001b[K" + text + END : text;
    }

    private static long bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
