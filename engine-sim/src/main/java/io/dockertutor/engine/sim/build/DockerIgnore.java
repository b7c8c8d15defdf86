package io.dockertutor.engine.sim.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code .dockerignore} with moby's patternmatcher rules: one pattern a line, {@code #} comments, Go
 * {@code filepath.Match} wildcards plus {@code **} for any number of directories, {@code !} re-including, the
 * last matching pattern deciding; a pattern also excludes everything under a directory it matches.
 */
final class DockerIgnore {
    private record Rule(Pattern pattern, boolean exclusion) {
    }

    private final List<Rule> rules = new ArrayList<>();

    DockerIgnore(String text) {
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exclusion = line.startsWith("!");
            if (exclusion) {
                line = line.substring(1).strip();
            }
            line = java.nio.file.Path.of("/" + line).normalize().toString().substring(1);
            if (line.isEmpty()) {
                continue;
            }
            rules.add(new Rule(Pattern.compile(regex(line) + "(/.*)?"), exclusion));
        }
    }

    boolean ignored(String relativePath) {
        boolean ignored = false;
        for (Rule r : rules) {
            if (r.pattern.matcher(relativePath).matches()) {
                ignored = !r.exclusion;
            }
        }
        return ignored;
    }

    private static String regex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                    i++;
                    sb.append("(.*/)?");
                } else {
                    sb.append(".*");
                }
            } else if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '[') {
                int end = glob.indexOf(']', i);
                if (end < 0) {
                    sb.append("\\[");
                } else {
                    sb.append('[').append(glob.substring(i + 1, end).replace("^", "\\^").replaceFirst("^!", "^")).append(']');
                    i = end;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                sb.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
