package io.dockertutor.gotext;

import java.util.ArrayList;
import java.util.List;

/**
 * A port of docker/cli's copy of Go's text/tabwriter (elastic tabstops): cells are terminated by
 * {@code \t}; the trailing cell of a line is not part of a column. Unlike Go's original, docker's copy
 * measures cells in terminal columns (go-runewidth), so Hangul and other wide characters count twice.
 * docker's tables use {@code new TabWriter(out, 10, 1, 3, ' ', 0)}.
 *
 * <pre>{@code
 * TabWriter w = TabWriter.docker(out);
 * w.write("NAME\tIMAGE\n"); w.write("web\tnginx\n"); w.flush();
 * }</pre>
 */
public final class TabWriter {
    public static final int FILTER_HTML = 1;
    public static final int STRIP_ESCAPE = 2;
    public static final int ALIGN_RIGHT = 4;
    public static final int DISCARD_EMPTY_COLUMNS = 8;
    public static final int TAB_INDENT = 16;
    public static final int DEBUG = 32;
    /** Brackets escaped text; Go uses the byte 0xff, which no UTF-8 text contains; U+FFFF is a noncharacter. */
    public static final char ESCAPE = '\uffff';

    private record Cell(int size, int width, boolean htab) {
    }

    private final StringBuilder output;
    private final int minwidth;
    private final int tabwidth;
    private final int padding;
    private final char padchar;
    private final int flags;

    private final StringBuilder buf = new StringBuilder();
    private int pos;
    private int cellSize;
    private int cellWidth;
    private char endChar;
    private final List<List<Cell>> lines = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();

    public TabWriter(StringBuilder output, int minwidth, int tabwidth, int padding, char padchar, int flags) {
        if (minwidth < 0 || tabwidth < 0 || padding < 0) {
            throw new IllegalArgumentException("negative minwidth, tabwidth, or padding");
        }
        this.output = output;
        this.minwidth = minwidth;
        this.tabwidth = tabwidth;
        this.padding = padding;
        this.padchar = padchar;
        this.flags = padchar == '\t' ? flags & ~ALIGN_RIGHT : flags;
        reset();
    }

    /** The writer docker's formatter.Context uses for tables: {@code NewWriter(output, 10, 1, 3, ' ', 0)}. */
    public static TabWriter docker(StringBuilder output) {
        return new TabWriter(output, 10, 1, 3, ' ', 0);
    }

    private void reset() {
        buf.setLength(0);
        pos = 0;
        cellSize = 0;
        cellWidth = 0;
        endChar = 0;
        lines.clear();
        widths.clear();
        lines.add(new ArrayList<>());
    }

    private void writePadding(int textw, int cellw, boolean useTabs) {
        // One wide cell pads every row of its column to its width: rows times width is what can explode.
        FormatOutputLimit.check((long) output.length() + Math.max(0, cellw - textw));
        if (padchar == '\t' || useTabs) {
            if (tabwidth == 0) {
                return;
            }
            cellw = (cellw + tabwidth - 1) / tabwidth * tabwidth;
            int n = cellw - textw;
            output.append("\t".repeat((n + tabwidth - 1) / tabwidth));
            return;
        }
        output.append(String.valueOf(padchar).repeat(Math.max(0, cellw - textw)));
    }

    private int writeLines(int pos0, int line0, int line1) {
        int p = pos0;
        for (int i = line0; i < line1; i++) {
            List<Cell> line = lines.get(i);
            boolean useTabs = (flags & TAB_INDENT) != 0;
            for (int j = 0; j < line.size(); j++) {
                Cell c = line.get(j);
                if (j > 0 && (flags & DEBUG) != 0) {
                    output.append('|');
                }
                if (c.size() == 0) {
                    if (j < widths.size()) {
                        writePadding(c.width(), widths.get(j), useTabs);
                    }
                } else {
                    useTabs = false;
                    if ((flags & ALIGN_RIGHT) == 0) {
                        output.append(buf, p, p + c.size());
                        p += c.size();
                        if (j < widths.size()) {
                            writePadding(c.width(), widths.get(j), false);
                        }
                    } else {
                        if (j < widths.size()) {
                            writePadding(c.width(), widths.get(j), false);
                        }
                        output.append(buf, p, p + c.size());
                        p += c.size();
                    }
                }
            }
            if (i + 1 == lines.size()) {
                output.append(buf, p, p + cellSize);
                p += cellSize;
            } else {
                output.append('\n');
            }
        }
        return p;
    }

    private int format(int pos0, int line0, int line1) {
        int p = pos0;
        int column = widths.size();
        for (int cur = line0; cur < line1; cur++) {
            List<Cell> line = lines.get(cur);
            if (column >= line.size() - 1) {
                continue;
            }
            p = writeLines(p, line0, cur);
            line0 = cur;
            int width = minwidth;
            boolean discardable = true;
            for (; cur < line1; cur++) {
                line = lines.get(cur);
                if (column >= line.size() - 1) {
                    break;
                }
                Cell c = line.get(column);
                width = Math.max(width, c.width() + padding);
                if (c.width() > 0 || c.htab()) {
                    discardable = false;
                }
            }
            if (discardable && (flags & DISCARD_EMPTY_COLUMNS) != 0) {
                width = 0;
            }
            widths.add(width);
            p = format(p, line0, cur);
            widths.remove(widths.size() - 1);
            line0 = cur;
        }
        return writeLines(p, line0, line1);
    }

    private void append(CharSequence text, int from, int to) {
        buf.append(text, from, to);
        cellSize += to - from;
    }

    private void updateWidth() {
        cellWidth += RuneWidth.of(buf, pos, buf.length());
        pos = buf.length();
    }

    private void startEscape(char ch) {
        endChar = switch (ch) {
            case ESCAPE -> ESCAPE;
            case '<' -> '>';
            case '&' -> ';';
            default -> 0;
        };
    }

    private void endEscape() {
        switch (endChar) {
            case ESCAPE -> {
                updateWidth();
                if ((flags & STRIP_ESCAPE) == 0) {
                    cellWidth -= 2;
                }
            }
            case ';' -> cellWidth++;
            default -> {
            }
        }
        pos = buf.length();
        endChar = 0;
    }

    private int terminateCell(boolean htab) {
        List<Cell> line = lines.get(lines.size() - 1);
        line.add(new Cell(cellSize, cellWidth, htab));
        cellSize = 0;
        cellWidth = 0;
        return line.size();
    }

    /** Writes text; formatted output appears in the output buffer as lines can be completed. */
    public void write(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (endChar == 0) {
                switch (ch) {
                    case '\t', '\u000b', '\n', '\f' -> {
                        append(text, n, i);
                        updateWidth();
                        n = i + 1;
                        int ncells = terminateCell(ch == '\t');
                        if (ch == '\n' || ch == '\f') {
                            lines.add(new ArrayList<>());
                            if (ch == '\f' || ncells == 1) {
                                flush();
                                if (ch == '\f' && (flags & DEBUG) != 0) {
                                    output.append("---\n");
                                }
                            }
                        }
                    }
                    case ESCAPE -> {
                        append(text, n, i);
                        updateWidth();
                        n = i;
                        if ((flags & STRIP_ESCAPE) != 0) {
                            n++;
                        }
                        startEscape(ESCAPE);
                    }
                    case '<', '&' -> {
                        if ((flags & FILTER_HTML) != 0) {
                            append(text, n, i);
                            updateWidth();
                            n = i;
                            startEscape(ch);
                        }
                    }
                    default -> {
                    }
                }
            } else if (ch == endChar) {
                int j = i + 1;
                if (ch == ESCAPE && (flags & STRIP_ESCAPE) != 0) {
                    j = i;
                }
                append(text, n, j);
                n = i + 1;
                endEscape();
            }
        }
        append(text, n, text.length());
    }

    /** Formats and writes everything buffered; call after the last write. */
    public void flush() {
        if (cellSize > 0) {
            if (endChar != 0) {
                endEscape();
            }
            terminateCell(false);
        }
        format(0, 0, lines.size());
        reset();
    }
}
