package io.dockertutor.tutor.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of a shell line with their places, and which of them start a command (the first word, and the first
 * after {@code |}, {@code &&}, {@code ||}, {@code ;}, {@code &}, {@code (}, a new line or a reserved word such as
 * {@code do}). Highlighting needs the places; completion needs to know which command the cursor is in.
 */
final class CommandWords {
    static final Set<String> OPERATORS = Set.of("|", "||", "&&", ";", "&", "(", ")", "\n");
    /** Reserved words after which a command follows: {@code while} and {@code do} in {@code while true; do ls}. */
    private static final Set<String> BEFORE_COMMAND = Set.of("if", "then", "elif", "else", "while", "until", "do",
            "{", "!");

    /** One word or operator; {@code commandStart} for a word in command position. */
    record Word(int start, int end, String text, boolean operator, boolean commandStart) {
    }

    private CommandWords() {
    }

    static List<Word> of(String line) {
        List<Word> out = new ArrayList<>();
        boolean expectCommand = true;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int op = operatorLength(line, i);
            if (op > 0) {
                out.add(new Word(i, i + op, line.substring(i, i + op), true, false));
                expectCommand = !line.startsWith(")", i);
                i += op;
                continue;
            }
            int start = i;
            char quote = 0;
            while (i < line.length()) {
                char d = line.charAt(i);
                if (quote != 0) {
                    if (d == quote) {
                        quote = 0;
                    } else if (d == '\\' && quote == '"') {
                        i++;
                    }
                } else if (d == '\'' || d == '"') {
                    quote = d;
                } else if (d == '\\') {
                    i++;
                } else if (d == ' ' || d == '\t' || operatorLength(line, i) > 0) {
                    break;
                }
                i++;
            }
            String text = line.substring(start, Math.min(i, line.length()));
            boolean assignment = expectCommand && text.matches("[A-Za-z_][A-Za-z0-9_]*=.*");
            boolean sudo = expectCommand && text.equals("sudo");
            boolean keyword = expectCommand && BEFORE_COMMAND.contains(text);
            out.add(new Word(start, Math.min(i, line.length()), text, false, expectCommand && !assignment && !sudo));
            expectCommand = expectCommand && (assignment || sudo || keyword);
        }
        return out;
    }

    private static int operatorLength(String line, int i) {
        if (line.startsWith("&&", i) || line.startsWith("||", i)) {
            return 2;
        }
        char c = line.charAt(i);
        return c == '|' || c == ';' || c == '&' || c == '(' || c == ')' || c == '\n' ? 1 : 0;
    }

    /** The words of the command the position {@code at} is in, up to (not including) the word at {@code at}. */
    static List<String> commandBefore(String line, int at) {
        List<String> words = new ArrayList<>();
        for (Word w : of(line.substring(0, at))) {
            if (w.end() == at && !w.operator() && at > 0 && !Character.isWhitespace(line.charAt(at - 1))) {
                break;
            }
            if (w.operator() || (w.commandStart() && BEFORE_COMMAND.contains(w.text()))) {
                words.clear();
            } else if (w.commandStart() || !words.isEmpty()) {
                words.add(w.text());
            }
        }
        return words;
    }
}
