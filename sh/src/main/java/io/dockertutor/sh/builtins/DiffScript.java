package io.dockertutor.sh.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences of two line lists as diff prints them: a longest common subsequence (small files: the
 * simulator's are) cut into changes, printed in the normal format ({@code 2c2}, {@code 3a4}, {@code 5d4}) or as
 * unified hunks with CONTEXT lines around each change, hunks closer than twice CONTEXT merged into one.
 */
final class DiffScript {
    /** A run of changed lines: a[aStart, aEnd) replaced by b[bStart, bEnd). */
    record Change(int aStart, int aEnd, int bStart, int bEnd) {
    }

    private DiffScript() {
    }

    static List<Change> changes(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                i++;
                j++;
                continue;
            }
            int si = i;
            int sj = j;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(i).equals(b.get(j))) {
                    break;
                }
                if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    j++;
                } else {
                    i++;
                }
            }
            changes.add(new Change(si, i, sj, j));
        }
        return changes;
    }

    /** The normal format; {@code noNewline} marks a last line that had no newline, per side. */
    static String normal(List<String> a, List<String> b, List<Change> changes, boolean[] noNewline) {
        StringBuilder out = new StringBuilder();
        for (Change c : changes) {
            boolean del = c.bStart() == c.bEnd();
            boolean add = c.aStart() == c.aEnd();
            out.append(range(c.aStart(), c.aEnd(), add)).append(add ? 'a' : del ? 'd' : 'c')
                    .append(range(c.bStart(), c.bEnd(), del)).append('\n');
            lines(out, "< ", a, c.aStart(), c.aEnd(), noNewline[0]);
            if (!add && !del) {
                out.append("---\n");
            }
            lines(out, "> ", b, c.bStart(), c.bEnd(), noNewline[1]);
        }
        return out.toString();
    }

    /** Unified hunks (without the two header lines). */
    static String unified(List<String> a, List<String> b, List<Change> changes, int context, boolean[] noNewline) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < changes.size()) {
            int last = k;
            while (last + 1 < changes.size() && changes.get(last + 1).aStart() - changes.get(last).aEnd() <= 2 * context) {
                last++;
            }
            Change first = changes.get(k);
            Change end = changes.get(last);
            int aFrom = Math.max(0, first.aStart() - context);
            int bFrom = Math.max(0, first.bStart() - context);
            int aTo = Math.min(a.size(), end.aEnd() + context);
            int bTo = Math.min(b.size(), end.bEnd() + context);
            out.append("@@ -").append(hunkRange(aFrom, aTo)).append(" +").append(hunkRange(bFrom, bTo)).append(" @@\n");
            int i = aFrom;
            for (int c = k; c <= last; c++) {
                Change ch = changes.get(c);
                lines(out, " ", a, i, ch.aStart(), noNewline[0]);
                lines(out, "-", a, ch.aStart(), ch.aEnd(), noNewline[0]);
                lines(out, "+", b, ch.bStart(), ch.bEnd(), noNewline[1]);
                i = ch.aEnd();
            }
            lines(out, " ", a, i, aTo, noNewline[0]);
            k = last + 1;
        }
        return out.toString();
    }

    private static void lines(StringBuilder out, String prefix, List<String> lines, int from, int to, boolean noNewline) {
        for (int i = from; i < to; i++) {
            out.append(prefix).append(lines.get(i)).append('\n');
            if (noNewline && i == lines.size() - 1) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    /** {@code 3} or {@code 3,5} (1-based); an empty side names the line before it. */
    private static String range(int from, int to, boolean empty) {
        if (empty) {
            return String.valueOf(from);
        }
        return to - from == 1 ? String.valueOf(from + 1) : (from + 1) + "," + to;
    }

    private static String hunkRange(int from, int to) {
        int count = to - from;
        if (count == 1) {
            return String.valueOf(from + 1);
        }
        return (count == 0 ? from : from + 1) + "," + count;
    }
}
