package io.dockertutor.tutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.WCWidth;

/**
 * The tutor's own messages wrapped to the terminal: at spaces, by display width (a Hangul syllable takes two
 * columns), so neither {@code Ctrl-Q} nor a Korean word is cut in two. Spaces inside a line are kept (columns stay
 * aligned); a wrapped line goes on under its text: after its indentation, after a bullet ({@code - }, {@code • }),
 * or under the last column of a table row (text after two spaces or more). A line indented four spaces or more is
 * code and left as it is, so a command shown for copying stays one line. Only a word wider than the whole line is cut.
 *
 * <pre>{@code
 * MessageLines.wrap("Detach with Ctrl-P Ctrl-Q, as docker does", 20);
 * // ["Detach with Ctrl-P", "Ctrl-Q, as docker", "does"]
 * }</pre>
 */
public final class MessageLines {
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {2,}(?=\\S)");

    private MessageLines() {
    }

    /** {@code text}'s lines (split at {@code \n}) each wrapped to {@code width} columns; unwrapped when width < 1. */
    public static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            int lead = 0;
            while (lead < line.length() && line.charAt(lead) == ' ') {
                lead++;
            }
            if (width < 1 || lead >= 4 || columns(line) <= width) {
                out.add(line);
            } else {
                wrapLine(line, lead, width, out);
            }
        }
        return out;
    }

    private static void wrapLine(String line, int lead, int width, List<String> out) {
        String body = line.substring(lead);
        int hang = lead + (body.startsWith("- ") || body.startsWith("• ") || body.startsWith("* ") ? 2 : 0);
        Matcher gap = COLUMN_GAP.matcher(line);
        int lastColumn = -1;
        while (gap.find()) {
            lastColumn = gap.end();
        }
        if (lastColumn > 0 && columns(line.substring(0, lastColumn)) <= width / 2) {
            hang = columns(line.substring(0, lastColumn));
        }
        StringBuilder current = new StringBuilder(line.substring(0, lead));
        int used = lead;
        boolean empty = true;
        int i = lead;
        while (i < line.length()) {
            int spaceStart = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            int wordStart = i;
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
            if (wordStart == i) {
                break;
            }
            String spaces = line.substring(spaceStart, wordStart);
            String word = line.substring(wordStart, i);
            int cols = columns(word);
            if (!empty && used + spaces.length() + cols <= width) {
                current.append(spaces).append(word);
                used += spaces.length() + cols;
                continue;
            }
            if (!empty) {
                out.add(current.toString());
                current = new StringBuilder(" ".repeat(hang));
                used = hang;
            }
            int budget = Math.max(1, width - used);
            while (cols > budget) {
                int cut = fitting(word, budget);
                out.add(current + word.substring(0, cut));
                word = word.substring(cut);
                cols = columns(word);
                current = new StringBuilder(" ".repeat(hang));
                used = hang;
                budget = Math.max(1, width - hang);
            }
            current.append(word);
            used += cols;
            empty = false;
        }
        out.add(current.toString());
    }

    /** How many chars of {@code word} fit in {@code budget} columns; at least one code point. */
    private static int fitting(String word, int budget) {
        int cols = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (cols + w > budget && i > 0) {
                break;
            }
            cols += w;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int columns(String s) {
        int cols = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            cols += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return cols;
    }
}
