package io.dockertutor.tutor.render;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Greedy word wrapping of styled text to a column budget. Widths are terminal columns as JLine's WCWidth counts
 * them, so a Hangul syllable takes two; a word wider than the line (a long path, a run of CJK without spaces) is cut
 * at the last character that fits rather than overflowing.
 */
final class Wrapper {
    private final List<AttributedString> words = new ArrayList<>();
    private AttributedStringBuilder word = new AttributedStringBuilder();

    /** Appends text in a style; spaces separate words, {@code \n} forces a line break. */
    Wrapper add(String text, AttributedStyle style) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                endWord();
            } else if (c == '\n') {
                endWord();
                words.add(null);
            } else {
                word.style(style).append(c);
            }
        }
        return this;
    }

    /** Appends text that must never be broken inside (inline code keeps its spaces). */
    Wrapper addUnbroken(String text, AttributedStyle style) {
        word.style(style).append(text.replace('\n', ' '));
        return this;
    }

    private void endWord() {
        if (word.length() > 0) {
            words.add(word.toAttributedString());
            word = new AttributedStringBuilder();
        }
    }

    boolean isEmpty() {
        endWord();
        return words.isEmpty();
    }

    /** The text as one line, without wrapping (table cells measure it). */
    AttributedString oneLine() {
        endWord();
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (AttributedString w : words) {
            if (w == null) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toAttributedString();
    }

    /** Lines of at most {@code width} columns (at least one line, possibly empty). */
    List<AttributedString> wrap(int width) {
        endWord();
        int budget = Math.max(1, width);
        List<AttributedString> lines = new ArrayList<>();
        AttributedStringBuilder line = new AttributedStringBuilder();
        int used = 0;
        for (AttributedString w : words) {
            if (w == null) {
                lines.add(line.toAttributedString());
                line = new AttributedStringBuilder();
                used = 0;
                continue;
            }
            int cols = w.columnLength();
            if (used > 0 && used + 1 + cols <= budget) {
                line.append(' ').append(w);
                used += 1 + cols;
                continue;
            }
            if (used > 0) {
                lines.add(line.toAttributedString());
                line = new AttributedStringBuilder();
                used = 0;
            }
            while (cols > budget) {
                AttributedString head = w.columnSubSequence(0, budget);
                if (head.length() == 0) {
                    break;
                }
                lines.add(head);
                w = w.subSequence(head.length(), w.length());
                cols = w.columnLength();
            }
            line.append(w);
            used = cols;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toAttributedString());
        }
        return lines;
    }
}
