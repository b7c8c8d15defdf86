package io.dockertutor.lessons.junit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A JUnit XML document written element by element, indented two spaces a level: the one writer behind
 * {@code validate}'s report and the classroom server's export. Every attribute value is escaped here, and the
 * characters XML 1.0 cannot hold even escaped (most control characters, U+FFFE, U+FFFF, a lone surrogate) become
 * U+FFFD, so a learner's name or a command's output never makes the file unreadable.
 *
 * <pre>{@code
 * JUnitXml x = new JUnitXml().start("testsuites", "name", "docker-101");
 * x.start("testcase", "classname", "ports", "name", "publish");
 * x.empty("failure", "message", "not passed");
 * x.end().end();     // </testcase></testsuites>; a start ended with nothing inside is written <testcase .../>
 * Files.writeString(file, x.toString());
 * }</pre>
 */
public final class JUnitXml {
    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();
    /** The last start tag still lacks its {@code >}: the element is empty until something is written inside. */
    private boolean startTagOpen;

    /**
     * Opens element {@code name} with {@code attributes}, given as name, value, name, value...; a null value is
     * written empty.
     */
    public JUnitXml start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs: " + String.join(", ", attributes));
        }
        closeStartTag();
        out.append("  ".repeat(open.size())).append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(attribute(attributes[i + 1])).append('"');
        }
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** An element without content: {@code <name a="v"/>}. */
    public JUnitXml empty(String name, String... attributes) {
        return start(name, attributes).end();
    }

    /** Ends the innermost open element. */
    public JUnitXml end() {
        String name = open.pop();
        if (startTagOpen) {
            out.append("/>\n");
            startTagOpen = false;
        } else {
            out.append("  ".repeat(open.size())).append("</").append(name).append(">\n");
        }
        return this;
    }

    /** The document; every element must have been ended. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements not ended: " + open);
        }
        return out.toString();
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append(">\n");
            startTagOpen = false;
        }
    }

    /**
     * {@code value} as an attribute's value between double quotes: {@code & < > "} escaped, and tab, line feed and
     * carriage return as character references (a parser would turn them into spaces otherwise).
     */
    public static String attribute(String value) {
        StringBuilder b = new StringBuilder();
        legal(value).codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("&quot;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> escapeMarkup(b, cp);
            }
        });
        return b.toString();
    }

    /** {@code value} as an element's text: {@code & < >} escaped, a carriage return as a reference (kept as it is). */
    public static String text(String value) {
        StringBuilder b = new StringBuilder();
        legal(value).codePoints().forEach(cp -> {
            if (cp == '\r') {
                b.append("&#13;");
            } else {
                escapeMarkup(b, cp);
            }
        });
        return b.toString();
    }

    private static void escapeMarkup(StringBuilder b, int cp) {
        switch (cp) {
            case '&' -> b.append("&amp;");
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            default -> b.appendCodePoint(cp);
        }
    }

    /** {@code value} (null: empty) with each character XML 1.0 cannot hold, even escaped, replaced by U+FFFD. */
    public static String legal(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> b.appendCodePoint(cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 ? cp : 0xFFFD));
        return b.toString();
    }
}
