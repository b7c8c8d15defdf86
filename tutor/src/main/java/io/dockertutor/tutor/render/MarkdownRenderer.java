package io.dockertutor.tutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays out Markdown for a terminal {@code width} columns wide: headings, paragraphs wrapped at word boundaries,
 * lists with hanging indents, fenced code indented and never wrapped (so it can be copied), block quotes and
 * GitHub call-outs ({@code > [!important]}) behind a bar, tables with columns measured in terminal columns.
 *
 * <pre>{@code
 * MarkdownRenderer r = new MarkdownRenderer(Theme.colored(), kind -> messages.get("callout." + kind));
 * r.render("Run `docker ps`.", terminal.getWidth()).forEach(line -> writer.println(line.toAnsi(terminal)));
 * }</pre>
 */
public final class MarkdownRenderer {
    private static final Pattern CALLOUT = Pattern.compile("^\\[!(note|tip|important|warning|caution)]\\s*", Pattern.CASE_INSENSITIVE);
    private static final int CODE_INDENT = 4;

    private static final List<String> CALLOUT_KINDS = List.of("note", "tip", "important", "warning", "caution");
    /** Texts longer than this are laid out every time: the cache is for the lessons' and the tutor's own texts. */
    private static final int CACHED_TEXT_CHARS = 16 * 1024;
    /**
     * Layouts already made, shared by every renderer of the process (a classroom server has one per learner, all
     * showing the same steps): a layout depends only on the theme, the call-outs' labels, the width and the text,
     * and {@link AttributedString}s never change. Read without a lock: a least-recently-used map must lock even to
     * read, and 200 learners' threads queued behind one descheduled while holding it. Emptied when it reaches
     * {@value #LAYOUTS_KEPT} layouts, a bound, not a policy: the lessons' texts are laid out again at their next showing.
     */
    private static final Map<Layout, Laid> LAID_OUT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LAYOUTS_KEPT = 2048;

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final Theme theme;
    private final Function<String, String> calloutLabel;
    /** The labels of the call-out kinds, asked at the first layout (the function may not answer earlier). */
    private List<String> calloutLabels;

    /** What a layout depends on. */
    private record Layout(Theme theme, List<String> calloutLabels, int width, String markdown) {
    }

    /** A layout's lines, and their text once asked for ({@link #renderToString}): made once, then shared. */
    private record Laid(List<AttributedString> lines, java.util.concurrent.atomic.AtomicReference<String> text) {
        Laid(List<AttributedString> lines) {
            this(lines, new java.util.concurrent.atomic.AtomicReference<>());
        }
    }

    /** {@code calloutLabel} names a call-out kind ({@code important}, {@code tip}, ...) in the learner's language. */
    public MarkdownRenderer(Theme theme, Function<String, String> calloutLabel) {
        this.theme = theme;
        this.calloutLabel = calloutLabel;
    }

    public List<AttributedString> render(String markdown, int width) {
        return laidOut(markdown, width).lines();
    }

    /**
     * The rendered text as one string, a line break after each line: ANSI styles when the theme has colors, plain
     * text otherwise. Kept with the layout: turning a step's lines into ANSI at every showing was a few percent of a
     * classroom server's processor.
     */
    public String renderToString(String markdown, int width) {
        Laid laid = laidOut(markdown, width);
        String known = laid.text().get();
        if (known != null) {
            return known;
        }
        StringBuilder b = new StringBuilder();
        for (AttributedString line : laid.lines()) {
            b.append(theme.color() ? line.toAnsi() : line.toString()).append('\n');
        }
        String text = b.toString();
        laid.text().set(text);
        return text;
    }

    private Laid laidOut(String markdown, int width) {
        String text = markdown == null ? "" : markdown;
        int columns = Math.max(20, width);
        if (text.length() > CACHED_TEXT_CHARS) {
            return new Laid(blocks(parser.parse(text), columns));
        }
        if (calloutLabels == null) {
            calloutLabels = CALLOUT_KINDS.stream().map(calloutLabel).toList();
        }
        Layout layout = new Layout(theme, calloutLabels, columns, text);
        Laid laid = LAID_OUT.get(layout);
        if (laid == null) {
            laid = new Laid(List.copyOf(blocks(parser.parse(text), columns)));
            if (LAID_OUT.size() >= LAYOUTS_KEPT) {
                LAID_OUT.clear();
            }
            LAID_OUT.put(layout, laid);
        }
        return laid;
    }

    private List<AttributedString> blocks(Node parent, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            List<AttributedString> lines = block(n, width);
            boolean tight = n.getParent() instanceof ListItem item && item.getParent() instanceof org.commonmark.node.ListBlock list
                    && list.isTight();
            if (!out.isEmpty() && !lines.isEmpty() && !tight) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(lines);
        }
        return out;
    }

    private List<AttributedString> block(Node n, int width) {
        if (n instanceof Heading h) {
            return heading(h, width);
        }
        if (n instanceof Paragraph p) {
            return InlineText.of(p, theme, AttributedStyle.DEFAULT).wrap(width);
        }
        if (n instanceof FencedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (n instanceof IndentedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            return list(n, width);
        }
        if (n instanceof BlockQuote quote) {
            return quote(quote, width);
        }
        if (n instanceof TableBlock table) {
            return new TableLayout(theme).layout(table, width);
        }
        if (n instanceof ThematicBreak) {
            return List.of(new AttributedString("-".repeat(Math.min(width, 40)), theme.quote()));
        }
        if (n instanceof HtmlBlock html) {
            return List.of(new AttributedString(html.getLiteral().stripTrailing()));
        }
        return blocks(n, width);
    }

    private List<AttributedString> heading(Heading h, int width) {
        AttributedStyle style = h.getLevel() == 1 ? theme.heading() : theme.subheading();
        List<AttributedString> lines = new ArrayList<>(InlineText.of(h, theme, style).wrap(width));
        if (!theme.color() && h.getLevel() <= 2) {
            // Without bold or color, a rule under the title is what still says "heading".
            int cols = lines.stream().mapToInt(AttributedString::columnLength).max().orElse(0);
            lines.add(new AttributedString((h.getLevel() == 1 ? "=" : "-").repeat(cols)));
        }
        return lines;
    }

    private List<AttributedString> code(String literal) {
        List<AttributedString> lines = new ArrayList<>();
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        for (String line : body.split("\n", -1)) {
            lines.add(new AttributedStringBuilder().append(" ".repeat(CODE_INDENT)).append(line, theme.code()).toAttributedString());
        }
        return lines;
    }

    private List<AttributedString> list(Node list, int width) {
        List<AttributedString> out = new ArrayList<>();
        int number = list instanceof OrderedList o ? (o.getMarkerStartNumber() == null ? 1 : o.getMarkerStartNumber()) : 0;
        String delimiter = list instanceof OrderedList o && o.getMarkerDelimiter() != null ? o.getMarkerDelimiter() : ".";
        boolean tight = ((org.commonmark.node.ListBlock) list).isTight();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof OrderedList ? (number++) + delimiter + " " : "• ";
            List<AttributedString> body = blocks(item, width - marker.length());
            if (!tight && !out.isEmpty()) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(prefixed(body, new AttributedString(marker), new AttributedString(" ".repeat(marker.length()))));
        }
        return out;
    }

    private List<AttributedString> quote(BlockQuote quote, int width) {
        String kind = calloutKind(quote);
        AttributedStyle barStyle = kind == null ? theme.quote() : theme.callout();
        AttributedString bar = new AttributedString("│ ", barStyle);
        List<AttributedString> body = new ArrayList<>();
        if (kind != null) {
            body.add(new AttributedString("! " + calloutLabel.apply(kind), theme.callout()));
        }
        List<AttributedString> inner = blocks(quote, width - 2);
        while (kind != null && !inner.isEmpty() && inner.get(0).length() == 0) {
            inner.remove(0);
        }
        body.addAll(inner);
        return prefixed(body, bar, bar);
    }

    /** {@code important} for a quote that opens with {@code [!important]}, which it also removes; else null. */
    private static String calloutKind(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph p)) {
            return null;
        }
        StringBuilder lead = new StringBuilder();
        List<Text> texts = new ArrayList<>();
        for (Node n = p.getFirstChild(); n instanceof Text t; n = n.getNext()) {
            lead.append(t.getLiteral());
            texts.add(t);
        }
        Matcher m = CALLOUT.matcher(lead);
        if (!m.find()) {
            return null;
        }
        // commonmark splits "[!important]" over several Text nodes; drop exactly the marker's characters.
        int remove = m.end();
        for (Text t : texts) {
            int take = Math.min(remove, t.getLiteral().length());
            t.setLiteral(t.getLiteral().substring(take));
            remove -= take;
        }
        Node first = p.getFirstChild();
        while (first instanceof Text t && t.getLiteral().isEmpty()) {
            Node next = t.getNext();
            t.unlink();
            first = next;
        }
        if (first instanceof org.commonmark.node.SoftLineBreak) {
            first.unlink();
        }
        if (p.getFirstChild() == null) {
            p.unlink();
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    static List<AttributedString> prefixed(List<AttributedString> lines, AttributedString first, AttributedString rest) {
        List<AttributedString> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AttributedString prefix = i == 0 ? first : rest;
            AttributedString line = lines.get(i);
            out.add(line.length() == 0 && i > 0 ? new AttributedString(prefix.toString().stripTrailing(), prefix.styleAt(0))
                    : AttributedString.join(AttributedString.EMPTY, prefix, line));
        }
        return out;
    }
}
