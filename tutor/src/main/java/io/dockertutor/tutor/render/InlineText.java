package io.dockertutor.tutor.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedStyle;

/**
 * Collects a block's inline content (text, emphasis, code, links, breaks) into a {@link Wrapper}. Links become
 * "text (address)" because a terminal cannot follow them; inline code keeps its backticks when there is no color
 * to set it apart.
 */
final class InlineText extends AbstractVisitor {
    private final Wrapper out;
    private final Theme theme;
    private AttributedStyle style;

    private InlineText(Wrapper out, Theme theme, AttributedStyle base) {
        this.out = out;
        this.theme = theme;
        this.style = base;
    }

    static Wrapper of(Node parent, Theme theme, AttributedStyle base) {
        Wrapper w = new Wrapper();
        InlineText visitor = new InlineText(w, theme, base);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            n.accept(visitor);
        }
        return w;
    }

    @Override
    public void visit(Text text) {
        out.add(text.getLiteral(), style);
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.add(" ", style);
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.add("\n", style);
    }

    @Override
    public void visit(Code code) {
        String text = theme.color() ? code.getLiteral() : "`" + code.getLiteral() + "`";
        out.addUnbroken(text, merge(theme.code()));
    }

    @Override
    public void visit(Emphasis emphasis) {
        within(emphasis, theme.emphasis());
    }

    @Override
    public void visit(StrongEmphasis strong) {
        within(strong, theme.strong());
    }

    @Override
    public void visit(Link link) {
        within(link, theme.link());
        String label = plainText(link);
        if (!label.equals(link.getDestination()) && !("mailto:" + label).equals(link.getDestination())) {
            out.add(" (" + link.getDestination() + ")", style);
        }
    }

    @Override
    public void visit(Image image) {
        within(image, style);
        out.add(" (" + image.getDestination() + ")", style);
    }

    @Override
    public void visit(HtmlInline html) {
        out.add(html.getLiteral(), style);
    }

    private void within(Node node, AttributedStyle added) {
        AttributedStyle before = style;
        style = merge(added);
        visitChildren(node);
        style = before;
    }

    private AttributedStyle merge(AttributedStyle added) {
        // The added style wins where it sets something (a link's color inside bold text), the outer one elsewhere.
        return theme.color()
                ? new AttributedStyle((style.getStyle() & ~added.getMask()) | added.getStyle(), style.getMask() | added.getMask())
                : style;
    }

    /** The literal text under a node, for comparing a link's label with its address. */
    static String plainText(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }
        });
        return b.toString();
    }
}
