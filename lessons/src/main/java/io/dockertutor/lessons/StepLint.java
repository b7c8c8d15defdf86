package io.dockertutor.lessons;

import io.dockertutor.checker.Assertion;
import io.dockertutor.lessons.lint.LintMessages;
import io.dockertutor.lessons.lint.LintWarning;
import io.dockertutor.lessons.lint.LiteralEmphasis;
import io.dockertutor.lessons.lint.LookingCommands;
import io.dockertutor.lessons.lint.SolutionInText;
import io.dockertutor.lessons.lint.TextSpot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The lint of one step as the reader has just read it (format: docs/lesson-format.md, "Lint"): its text giving
 * away a solution command, fewer than two hints, a check of only what was typed or printed, and emphasis that
 * CommonMark leaves as literal asterisks. Each warning is placed where the author has to edit.
 */
final class StepLint {
    private static final List<String> LANGUAGES = List.of("ko", "en");

    private final String file;
    private final SourcePlaces places;
    private final boolean textMayShowSolutions;
    private final List<LintWarning> warnings;

    /**
     * @param textMayShowSolutions true for the first lessons, where copying a command is the point
     */
    StepLint(String file, SourcePlaces places, boolean textMayShowSolutions, List<LintWarning> warnings) {
        this.file = file;
        this.places = places;
        this.textMayShowSolutions = textMayShowSolutions;
        this.warnings = warnings;
    }

    void check(Step step, Node stepNode, Map<String, Node> keys) {
        Node textNode = keys.get("text");
        if (!textMayShowSolutions && step.text() != null && textNode != null) {
            solutionsInText(step, textNode);
        }
        if (step.hints().size() < 2) {
            Node at = keys.getOrDefault("hints", stepNode);
            warn(Yaml.line(at), Yaml.column(at), LintWarning.Kind.FEW_HINTS, step.id(), step.hints().size());
        }
        if (!step.check().isEmpty() && step.check().stream().allMatch(StepLint::typedOnly) && !LookingCommands.only(step.solution())) {
            Node at = keys.getOrDefault("check", stepNode);
            warn(Yaml.line(at), Yaml.column(at), LintWarning.Kind.TYPED_ONLY_CHECK, step.id());
        }
        if (textNode != null) {
            emphasis(step.id(), textNode);
        }
        if (keys.get("hints") instanceof SequenceNode hints) {
            hints.getValue().forEach(h -> emphasis(step.id(), h));
        }
    }

    private void solutionsInText(Step step, Node textNode) {
        Set<String> reported = new java.util.HashSet<>();
        for (String written : step.solution()) {
            String command = SolutionCommand.parse(written).text();
            for (String language : LANGUAGES) {
                Node value = language(textNode, language);
                String text = language.equals("ko") ? step.text().ko() : step.text().en();
                if (value == null || text == null || !reported.add(language + "\n" + command)) {
                    continue;
                }
                Optional<TextSpot> spot = SolutionInText.find(text, command);
                spot.ifPresent(s -> place(value, s, LintWarning.Kind.SOLUTION_IN_TEXT, step.id(),
                        LintMessages.text("language." + language), command));
            }
        }
    }

    private void emphasis(String stepId, Node textNode) {
        for (String language : LANGUAGES) {
            Node value = language(textNode, language);
            // A plain string serves both languages: looked at once.
            if (value instanceof ScalarNode scalar && (textNode instanceof MappingNode || language.equals("en"))) {
                for (TextSpot s : LiteralEmphasis.find(scalar.getValue())) {
                    place(value, s, LintWarning.Kind.LITERAL_EMPHASIS, stepId, excerpt(s));
                }
            }
        }
    }

    /** The asterisks and the words around them, enough to find the place by eye. */
    private static String excerpt(TextSpot s) {
        String line = s.lineText();
        int from = Math.max(0, s.column() - 12);
        int to = Math.min(line.length(), s.column() + s.found().length() + 20);
        return line.substring(from, to).strip();
    }

    /** A text's value node in one language: the map's entry, or the plain scalar that serves both. */
    private static Node language(Node textNode, String language) {
        if (textNode instanceof ScalarNode) {
            return textNode;
        }
        if (textNode instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(language)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    /** {@code ran:} and {@code output:}, and {@code not}/{@code anyOf} made only of them, say nothing of the state. */
    static boolean typedOnly(Assertion a) {
        if (a instanceof Assertion.Not n) {
            return typedOnly(n.inner());
        }
        if (a instanceof Assertion.AnyOf any) {
            return any.options().stream().allMatch(StepLint::typedOnly);
        }
        return a instanceof Assertion.Ran || a instanceof Assertion.Output;
    }

    private void place(Node value, TextSpot spot, LintWarning.Kind kind, Object... args) {
        int[] at = places.place(value, spot);
        warn(at[0], at[1], kind, args);
    }

    private void warn(int line, int column, LintWarning.Kind kind, Object... args) {
        warnings.add(new LintWarning(file, line, column, kind, LintMessages.text(kind.name(), args)));
    }
}
