package io.dockertutor.tutor.render;

import org.jline.utils.AttributedStyle;

/**
 * The styles of rendered text. With colors off every style is plain and the layout alone (indents, rules, markers)
 * carries the structure, so the text reads the same through a pipe or with {@code NO_COLOR}.
 */
public record Theme(boolean color, AttributedStyle heading, AttributedStyle subheading, AttributedStyle emphasis,
                    AttributedStyle strong, AttributedStyle code, AttributedStyle link, AttributedStyle quote,
                    AttributedStyle callout, AttributedStyle tableHeader) {

    public static Theme colored() {
        AttributedStyle s = AttributedStyle.DEFAULT;
        return new Theme(true, s.bold().foreground(AttributedStyle.MAGENTA), s.bold().foreground(AttributedStyle.CYAN),
                s.italic(), s.bold(), s.foreground(AttributedStyle.YELLOW), s.underline().foreground(AttributedStyle.BLUE),
                s.faint(), s.bold().foreground(AttributedStyle.RED), s.bold());
    }

    public static Theme plain() {
        AttributedStyle s = AttributedStyle.DEFAULT;
        return new Theme(false, s, s, s, s, s, s, s, s, s);
    }
}
