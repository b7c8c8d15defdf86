package io.dockertutor.lessons.lint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds emphasis that CommonMark will not render: asterisks the parser leaves as literal text. The known case is
 * Korean right after a parenthesis: in {@code **다이제스트(digest)**입니다} the closing {@code **} follows {@code )}
 * and precedes a letter, so it is not right-flanking and closes nothing; the learner sees both pairs of asterisks.
 *
 * <p>A literal {@code **} is always reported; single literal {@code *} only when a block has two or more (one alone,
 * as in {@code 3 * 4}, is meant as a star). Escaped {@code \*} and code spans are never reported. One spot per
 * pair of runs: the first of each pair, where the emphasis was meant to open.
 *
 * <pre>{@code
 * LiteralEmphasis.find("**다이제스트(digest)**입니다")  // one spot at column 0, found "**"
 * }</pre>
 */
public final class LiteralEmphasis {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private LiteralEmphasis() {
    }

    public static List<TextSpot> find(String markdown) {
        String[] lines = markdown.split("\n", -1);
        Map<Node, List<TextSpot>> byBlock = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (!text.getLiteral().contains("*")) {
                    return;
                }
                Node block = text.getParent();
                while (block.getParent() != null && !(block instanceof org.commonmark.node.Block)
                        && !(block instanceof org.commonmark.ext.gfm.tables.TableCell)) {
                    block = block.getParent();
                }
                List<TextSpot> runs = byBlock.computeIfAbsent(block, b -> {
                    order.add(b);
                    return new ArrayList<>();
                });
                for (SourceSpan span : text.getSourceSpans()) {
                    runs.addAll(runs(lines[span.getLineIndex()], span));
                }
            }
        });
        List<TextSpot> out = new ArrayList<>();
        for (Node block : order) {
            List<TextSpot> runs = byBlock.get(block);
            boolean doubled = runs.stream().anyMatch(r -> r.found().length() > 1);
            if (!doubled && runs.size() < 2) {
                continue;
            }
            for (int i = 0; i < runs.size(); i += 2) {
                out.add(runs.get(i));
            }
        }
        return out;
    }

    /** The unescaped runs of asterisks inside one source span of a text node. */
    private static List<TextSpot> runs(String line, SourceSpan span) {
        List<TextSpot> out = new ArrayList<>();
        int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
        int i = span.getColumnIndex();
        while (i < end) {
            if (line.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (line.charAt(i) != '*') {
                i++;
                continue;
            }
            int start = i;
            while (i < end && line.charAt(i) == '*') {
                i++;
            }
            out.add(new TextSpot(span.getLineIndex(), start, line, line.substring(start, i)));
        }
        return out;
    }
}
