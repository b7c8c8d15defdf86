package io.dockertutor.tutor.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A GFM table as aligned columns. Column widths are terminal columns (a Korean word of four syllables is eight
 * wide); when the table is wider than the screen the widest columns give way and their cells wrap. Borders are
 * ASCII ({@code |}, {@code -}, {@code +}) because box-drawing characters are "ambiguous width" and take two
 * columns on many Korean and Japanese terminal setups, which would break the alignment this class exists for.
 */
final class TableLayout {
    private static final int MIN_COLUMN = 6;
    private static final String SEPARATOR = " | ";

    private final Theme theme;

    TableLayout(Theme theme) {
        this.theme = theme;
    }

    private record Cell(Wrapper text, TableCell.Alignment alignment) {
    }

    List<AttributedString> layout(TableBlock table, int width) {
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof org.commonmark.ext.gfm.tables.TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<Cell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    TableCell cell = (TableCell) c;
                    cells.add(new Cell(InlineText.of(cell, theme, head ? theme.tableHeader() : AttributedStyle.DEFAULT),
                            cell.getAlignment()));
                }
                rows.add(cells);
                headerRows += head ? 1 : 0;
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<Cell> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).text().oneLine().columnLength());
            }
        }
        fit(widths, width - 2 - SEPARATOR.length() * (columns - 1));
        List<AttributedString> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.addAll(row(rows.get(r), widths));
            if (r == headerRows - 1) {
                out.add(rule(widths));
            }
        }
        return out;
    }

    /** Narrows the widest column, one column at a time, until the row fits or every column is at its minimum. */
    private static void fit(int[] widths, int budget) {
        while (sum(widths) > budget) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                return;
            }
            widths[widest]--;
        }
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) {
            s += w;
        }
        return s;
    }

    private List<AttributedString> row(List<Cell> cells, int[] widths) {
        List<List<AttributedString>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            List<AttributedString> lines = i < cells.size() ? cells.get(i).text().wrap(widths[i]) : List.of(AttributedString.EMPTY);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<AttributedString> out = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            AttributedStringBuilder b = new AttributedStringBuilder().append(' ');
            for (int i = 0; i < widths.length; i++) {
                if (i > 0) {
                    b.append(SEPARATOR, theme.quote());
                }
                List<AttributedString> lines = wrapped.get(i);
                AttributedString text = line < lines.size() ? lines.get(line) : AttributedString.EMPTY;
                TableCell.Alignment a = i < cells.size() ? cells.get(i).alignment() : null;
                pad(b, text, widths[i], a, i == widths.length - 1);
            }
            out.add(trimEnd(b.toAttributedString()));
        }
        return out;
    }

    private static void pad(AttributedStringBuilder b, AttributedString text, int width, TableCell.Alignment a, boolean last) {
        int gap = Math.max(0, width - text.columnLength());
        int left = a == TableCell.Alignment.RIGHT ? gap : a == TableCell.Alignment.CENTER ? gap / 2 : 0;
        b.append(" ".repeat(left)).append(text);
        if (!last) {
            b.append(" ".repeat(gap - left));
        }
    }

    private AttributedString rule(int[] widths) {
        StringBuilder b = new StringBuilder("-");
        for (int i = 0; i < widths.length; i++) {
            b.append(i > 0 ? "-+-" : "").append("-".repeat(widths[i]));
        }
        return new AttributedString(b.append('-'), theme.quote());
    }

    private static AttributedString trimEnd(AttributedString s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end);
    }
}
