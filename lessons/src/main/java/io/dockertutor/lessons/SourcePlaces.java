package io.dockertutor.lessons;

import io.dockertutor.lessons.lint.TextSpot;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where a spot of a text value stands in the lesson file. A YAML scalar's value is not the file's text (a block
 * scalar loses its indentation, a quoted one its escapes), so the value's line is looked up among the file lines
 * the node spans; a line not found there (a folded or escaped one) is placed at the node's start.
 */
final class SourcePlaces {
    private final String[] lines;

    SourcePlaces(String fileText) {
        this.lines = fileText.split("\n", -1);
    }

    /** {line, column}, 1-based, with the column counted in code points as snakeyaml counts them. */
    int[] place(Node node, TextSpot spot) {
        int first = node.getStartMark().getLine();
        int last = Math.min(lines.length - 1, node.getEndMark().getLine());
        String wanted = spot.lineText().strip();
        for (int n = first; n <= last && !wanted.isEmpty(); n++) {
            int from = n == first ? Math.min(lines[n].length(), node.getStartMark().getColumn()) : 0;
            int at = lines[n].indexOf(wanted, from);
            if (at >= 0) {
                int lead = spot.lineText().indexOf(wanted);
                int column = at + spot.column() - lead;
                return new int[] {n + 1, lines[n].codePointCount(0, Math.max(0, Math.min(column, lines[n].length()))) + 1};
            }
        }
        return new int[] {Yaml.line(node), Yaml.column(node)};
    }
}
