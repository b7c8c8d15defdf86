package io.dockertutor.lessons;

import io.dockertutor.sh.ShellPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's line spelled with the paths of its file commands made absolute, for {@code ran:} checks: after
 * {@code cd /var/lib/docker/volumes/v}, {@code ls _data} is {@code ls /var/lib/docker/volumes/v/_data}, and a bare
 * {@code ls} lists the directory it is in, so it is spelled with it. A {@code cd} earlier on the same line
 * ({@code cd /x && ls}) counts too. Only the operands of commands that take paths ({@code ls}, {@code cat} ...)
 * are touched; {@code docker}, {@code curl} and anything quoted or expanded stay as typed.
 *
 * <pre>{@code
 * AbsoluteSpelling.of("ls", "/var/lib/docker/volumes/v/_data")   // "ls /var/lib/docker/volumes/v/_data"
 * }</pre>
 */
final class AbsoluteSpelling {
    private static final Set<String> PATH_COMMANDS = Set.of("ls", "cat", "less", "more", "head", "tail", "du", "find",
            "tree", "stat", "file", "wc");
    /** Commands whose operand, left out, is the directory they run in. */
    private static final Set<String> HERE_BY_DEFAULT = Set.of("ls", "du", "find", "tree");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(&&|\\|\\||;|\\|)\\s*");
    private static final Pattern LITERAL = Pattern.compile("[^\\s'\"$`*?~{}=\\\\]+");

    private AbsoluteSpelling() {
    }

    /** {@code line} with the relative operands of its file commands resolved against {@code cwd}, the directory it ran in. */
    static String of(String line, String cwd) {
        StringBuilder out = new StringBuilder();
        String here = cwd;
        Matcher m = SEPARATOR.matcher(line);
        int start = 0;
        while (here != null) {
            boolean more = m.find();
            String segment = line.substring(start, more ? m.start() : line.length());
            List<String> words = List.of(segment.strip().split("\\s+"));
            int at = !words.isEmpty() && words.get(0).equals("sudo") ? 1 : 0;
            String command = words.size() > at ? words.get(at) : "";
            if (command.equals("cd")) {
                here = words.size() == at + 2 && LITERAL.matcher(words.get(at + 1)).matches()
                        ? ShellPaths.normalize(here, words.get(at + 1)) : null;
                out.append(segment);
            } else {
                out.append(PATH_COMMANDS.contains(command) ? resolved(words, at, here) : segment);
            }
            if (!more) {
                return out.toString();
            }
            out.append(m.group());
            start = m.end();
        }
        // A cd the shell would resolve in a way this cannot follow (cd, cd ~, cd $X): the rest stays as typed.
        return out + line.substring(start);
    }

    private static String resolved(List<String> words, int at, String here) {
        List<String> out = new ArrayList<>(words.subList(0, at + 1));
        boolean operand = false;
        for (String w : words.subList(at + 1, words.size())) {
            if (w.startsWith("-") || !LITERAL.matcher(w).matches()) {
                out.add(w);
                operand |= !w.startsWith("-");
            } else {
                out.add(ShellPaths.normalize(here, w));
                operand = true;
            }
        }
        if (!operand && HERE_BY_DEFAULT.contains(words.get(at))) {
            out.add(here);
        }
        return String.join(" ", out);
    }
}
