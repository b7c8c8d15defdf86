package io.dockertutor.lessons.mutants;

import java.util.ArrayList;
import java.util.List;

/**
 * A solution command split into words as the shell would see them, each kept as written (quotes and
 * {@code $(...)} included) so a variant can be joined back with single spaces. The shell's operators
 * ({@code |}, {@code &&}, {@code ;}, {@code >}...) outside quotes are words of their own, marked as such.
 *
 * <pre>{@code
 * SolutionWords.split("echo '<h1>x</h1>' > index.html");  // echo, '<h1>x</h1>', >, index.html
 * }</pre>
 */
final class SolutionWords {
    /** One word as written; {@code operator} for the shell's control and redirection operators. */
    record Word(String text, boolean operator) {
        boolean plain() {
            return !operator && !text.contains("$(") && !text.contains("`") && !text.startsWith("'") && !text.startsWith("\"");
        }
    }

    private static final String OPERATOR_CHARS = "|&;<>";

    private SolutionWords() {
    }

    static List<Word> split(String command) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote == '"' && i + 1 < command.length()) {
                    current.append(command.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == '\\' && i + 1 < command.length()) {
                current.append(c).append(command.charAt(++i));
            } else if (c == '$' && i + 1 < command.length() && command.charAt(i + 1) == '(') {
                depth++;
                current.append("$(");
                i++;
            } else if (depth > 0) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                current.append(c);
            } else if (Character.isWhitespace(c)) {
                flush(words, current);
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                flush(words, current);
                int end = i + 1;
                while (end < command.length() && OPERATOR_CHARS.indexOf(command.charAt(end)) >= 0) {
                    end++;
                }
                words.add(new Word(command.substring(i, end), true));
                i = end - 1;
            } else {
                current.append(c);
            }
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<Word> words, StringBuilder current) {
        if (!current.isEmpty()) {
            words.add(new Word(current.toString(), false));
            current.setLength(0);
        }
    }

    static boolean simple(List<Word> words) {
        return words.stream().noneMatch(Word::operator);
    }

    static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }
}
