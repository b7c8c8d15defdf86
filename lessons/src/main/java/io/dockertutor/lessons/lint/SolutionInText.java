package io.dockertutor.lessons.lint;

import java.util.Optional;

/**
 * Whether a step's text holds one of its solution commands verbatim, so that a learner only copies it. The
 * command must stand whole: {@code docker ps} inside {@code docker ps -a} is another command, not this one, and a
 * command written across several lines of a text is not found (it is then not copyable either).
 *
 * <pre>{@code
 * SolutionInText.find("Run `docker pull nginx`.", "docker pull nginx")  // a spot at line 0, column 5
 * }</pre>
 */
public final class SolutionInText {
    private SolutionInText() {
    }

    public static Optional<TextSpot> find(String text, String command) {
        String wanted = command.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            for (int at = line.indexOf(wanted); at >= 0; at = line.indexOf(wanted, at + 1)) {
                if (startsWhole(line, at) && endsWhole(line, at + wanted.length())) {
                    return Optional.of(new TextSpot(n, at, line, wanted));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsWhole(String line, int at) {
        return at == 0 || !partOfCommand(line.charAt(at - 1));
    }

    /** The command ends here unless a word, or a space and more arguments, go on. */
    private static boolean endsWhole(String line, int end) {
        if (end == line.length()) {
            return true;
        }
        char next = line.charAt(end);
        if (next == ' ' || next == '\t') {
            String rest = line.substring(end).stripLeading();
            return rest.isEmpty() || !(partOfCommand(rest.charAt(0)) || rest.charAt(0) == '\'' || rest.charAt(0) == '"'
                    || rest.charAt(0) == '$' || rest.charAt(0) == '|' || rest.charAt(0) == '>');
        }
        if (next == '.' && (end + 1 == line.length() || line.charAt(end + 1) == ' ')) {
            return true;
        }
        return !partOfCommand(next);
    }

    private static boolean partOfCommand(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "-_./:=@~%+".indexOf(c) >= 0);
    }
}
