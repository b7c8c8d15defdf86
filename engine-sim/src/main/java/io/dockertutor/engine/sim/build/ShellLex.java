package io.dockertutor.engine.sim.build;

import java.util.Map;

/**
 * BuildKit's {@code shell.Lex.ProcessWord} for the instructions that expand variables (FROM, COPY, ADD, ENV, LABEL,
 * WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL, ARG): {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR-default}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}}, {@code ${VAR:?message}}; single quotes keep text
 * literal, double quotes allow expansion, the escape character protects the next one; quotes are removed.
 */
final class ShellLex {
    private final char escape;

    ShellLex(char escape) {
        this.escape = escape;
    }

    /** Thrown for {@code ${VAR:?message}} when VAR is unset or empty. */
    static final class UnsetVariable extends RuntimeException {
        UnsetVariable(String message) {
            super(message, null, false, false);
        }
    }

    String process(String word, Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        char quote = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    out.append(c);
                }
                i++;
            } else if (c == escape && i + 1 < word.length()) {
                char next = word.charAt(i + 1);
                if (quote == '"' && next != '"' && next != '$' && next != escape) {
                    out.append(c);
                }
                out.append(next);
                i += 2;
            } else if (c == '"' || (c == '\'' && quote == 0)) {
                quote = quote == c ? 0 : c;
                i++;
            } else if (c == '$') {
                i = variable(word, i + 1, env, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private int variable(String word, int i, Map<String, String> env, StringBuilder out) {
        if (i >= word.length()) {
            out.append('$');
            return i;
        }
        if (word.charAt(i) == '{') {
            int close = matchingBrace(word, i);
            String inner = word.substring(i + 1, close);
            int j = 0;
            while (j < inner.length() && (Character.isLetterOrDigit(inner.charAt(j)) || inner.charAt(j) == '_')) {
                j++;
            }
            String name = inner.substring(0, j);
            String op = inner.substring(j);
            String value = env.get(name);
            if (op.isEmpty()) {
                out.append(value == null ? "" : value);
            } else {
                boolean colon = op.startsWith(":");
                String kind = colon ? op.substring(1, Math.min(2, op.length())) : op.substring(0, 1);
                String arg = process(op.substring(colon ? 2 : 1), env);
                boolean unset = value == null || (colon && value.isEmpty());
                switch (kind) {
                    case "-" -> out.append(unset ? arg : value);
                    case "+" -> out.append(unset ? "" : arg);
                    case "?" -> {
                        if (unset) {
                            throw new UnsetVariable(name + ": " + (arg.isEmpty() ? "is not allowed to be unset" : arg));
                        }
                        out.append(value);
                    }
                    default -> out.append(value == null ? "" : value);
                }
            }
            return close + 1;
        }
        int j = i;
        while (j < word.length() && (Character.isLetterOrDigit(word.charAt(j)) || word.charAt(j) == '_')) {
            j++;
        }
        if (j == i) {
            out.append('$');
            return i;
        }
        String value = env.get(word.substring(i, j));
        out.append(value == null ? "" : value);
        return j;
    }

    private static int matchingBrace(String word, int open) {
        int depth = 0;
        for (int k = open; k < word.length(); k++) {
            if (word.charAt(k) == '{') {
                depth++;
            } else if (word.charAt(k) == '}' && --depth == 0) {
                return k;
            }
        }
        return word.length() - 1;
    }
}
