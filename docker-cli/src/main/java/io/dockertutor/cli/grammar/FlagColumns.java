package io.dockertutor.cli.grammar;

import java.util.List;
import java.util.Optional;

/**
 * The flag table of a {@code --help} page as spf13/pflag's {@code FlagUsagesWrapped} lays it out: each flag's
 * names padded to the longest visible one plus three spaces, its usage wrapped at the docker CLI's 79 columns
 * (its {@code wrappedFlagUsages} asks for the terminal width less one, 80 without a terminal) by pflag's
 * {@code wrap}/{@code wrapN}, the usage's own line breaks kept. {@link #usage} undoes that wrapping, so a page
 * captured with every flag can be laid out again once some are hidden.
 *
 * <pre>{@code
 * FlagColumns.render(List.of(new FlagColumns.Entry("  -a, --attach", "Attach STDOUT/STDERR and forward signals")));
 * }</pre>
 */
final class FlagColumns {
    /** The docker CLI without a terminal: 80 columns, less one. */
    static final int COLUMNS = 79;
    private static final int SLOP = 5;

    /** One flag: its names as printed ({@code "  -a, --attach"}, {@code "      --name string"}) and its usage. */
    record Entry(String names, String usage) {
    }

    private FlagColumns() {
    }

    /** The table, one line per flag and its wrapped usage lines, without a final newline. */
    static String render(List<Entry> entries) {
        int maxlen = 0;
        for (Entry e : entries) {
            maxlen = Math.max(maxlen, e.names().length() + 1);
        }
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(e.names()).append(' ').append(" ".repeat(maxlen - e.names().length())).append(' ')
                    .append(wrap(maxlen + 2, COLUMNS, e.usage())).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /**
     * The usage that pflag wrapped into {@code lines} (the first as it follows the names, the others with the
     * {@code indent} columns removed), or empty when no usage wraps back into exactly those lines. Where a line
     * break could be pflag's or the usage's own, pflag's is taken: both print the same at this width.
     */
    static Optional<String> usage(List<String> lines, int indent) {
        int wrap = COLUMNS - indent - SLOP;
        if (wrap + SLOP < 24) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(lines.get(0));
        int rest = lines.stream().mapToInt(String::length).sum() + lines.size() - 1;
        boolean wholeRest = false;
        for (int j = 0; j + 1 < lines.size(); j++) {
            String line = lines.get(j);
            String next = lines.get(j + 1);
            wholeRest = wholeRest || wrap + SLOP > rest;
            int firstWord = firstWhitespace(next);
            boolean pflagBreak = !wholeRest && !line.isEmpty() && line.length() < wrap
                    && line.length() + 1 + firstWord >= wrap;
            s.append(pflagBreak ? ' ' : '\n').append(next);
            rest -= line.length() + 1;
        }
        String usage = s.toString();
        List<String> again = List.of(wrap(indent, COLUMNS, usage).replace("\n" + " ".repeat(indent), "\n").split("\n", -1));
        return again.equals(lines) ? Optional.of(usage) : Optional.empty();
    }

    private static int firstWhitespace(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (" \t\n".indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return s.length();
    }

    /** pflag's {@code wrap}: {@code s} wrapped to {@code w} columns, lines after the first indented by {@code i}. */
    static String wrap(int i, int w, String s) {
        if (w == 0) {
            return s.replace("\n", "\n" + " ".repeat(i));
        }
        int wrap = w - i;
        StringBuilder r = new StringBuilder();
        if (wrap < 24) {
            i = 16;
            wrap = w - i;
            r.append('\n').append(" ".repeat(i));
        }
        if (wrap < 24) {
            return s.replace("\n", r);
        }
        wrap -= SLOP;
        String indent = "\n" + " ".repeat(i);
        String[] split = wrapN(wrap, s);
        r.append(split[0].replace("\n", indent));
        s = split[1];
        while (!s.isEmpty()) {
            split = wrapN(wrap, s);
            r.append(indent).append(split[0].replace("\n", indent));
            s = split[1];
        }
        return r.toString();
    }

    /** pflag's {@code wrapN}: {@code s} split at the last white space before {@code i}, or at a newline before it. */
    private static String[] wrapN(int i, String s) {
        if (i + SLOP > s.length()) {
            return new String[] {s, ""};
        }
        String head = s.substring(0, i);
        int w = Math.max(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')), head.lastIndexOf('\n'));
        if (w <= 0) {
            return new String[] {s, ""};
        }
        int nl = head.lastIndexOf('\n');
        if (nl > 0 && nl < w) {
            return new String[] {s.substring(0, nl), s.substring(nl + 1)};
        }
        return new String[] {s.substring(0, w), s.substring(w + 1)};
    }
}
