package io.dockertutor.sh.builtins;

/**
 * gnulib's quotearg styles that coreutils messages use, for the names learners type: {@link #always} is
 * {@code quoteaf} ({@code 'app'}, {@code "it's"}), {@link #locale} is {@code quote} in C.UTF-8 ({@code ‘app’}).
 */
public final class Quoting {
    private Quoting() {
    }

    /** shell-escape-always: single quotes; a name with a quote but nothing else special gets double quotes. */
    static String always(String s) {
        boolean quote = s.indexOf('\'') >= 0;
        boolean special = false;
        boolean control = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            control |= c < 0x20 || c == 0x7f;
            special |= c == '$' || c == '`' || c == '"' || c == '\\' || c == '!';
        }
        if (quote && !special && !control) {
            return "\"" + s + "\"";
        }
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                sb.append("'\\''");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append("'$'").append(controlEscape(c)).append("''");
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    /** shell-escape ({@code quotef}): the name as is when the shell would read it so, else {@link #always}. */
    static String ifNeeded(String s) {
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= 0x80 || Character.isLetterOrDigit(c) || "_-.,:/@%+=".indexOf(c) >= 0)) {
            return s;
        }
        return always(s);
    }

    /**
     * bash's {@code printf %q}: {@code ''} for nothing, {@code $'...'} when a control character needs it, otherwise a
     * backslash before each character the shell would read specially (lib/sh/shquote.c, sh_backslash_quote).
     */
    static String backslashed(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            StringBuilder sb = new StringBuilder("$'");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                sb.append(c == '\\' || c == '\'' ? "\\" + c : c < 0x20 || c == 0x7f ? controlEscape(c) : String.valueOf(c));
            }
            return sb.append('\'').toString();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean special = " \t\n'\"\\|&;()<>!{}*[?]^$`,".indexOf(c) >= 0 || (i == 0 && (c == '#' || c == '~'));
            sb.append(special ? "\\" : "").append(c);
        }
        return sb.toString();
    }

    /** The locale style of {@code quote()} in C.UTF-8: curved single quotes, nothing escaped. */
    static String locale(String s) {
        return "‘" + s + "’";
    }

    /** The locale style of {@code quote()} in the call's locale: ‘x’ in UTF-8, 'x' in the C locale. */
    static String locale(io.dockertutor.sh.Invocation call, String s) {
        return inLocale(call, locale(s));
    }

    /** {@code text}, written with C.UTF-8's curved quotes, as the call's locale prints it: 'x' in the C locale. */
    public static String inLocale(io.dockertutor.sh.Invocation call, String text) {
        return utf8Locale(call.shell()) ? text : text.replace('‘', '\'').replace('’', '\'');
    }

    /**
     * Whether programs run in a UTF-8 locale: the first of LC_ALL, LC_CTYPE and LANG that is set says so; without
     * them, UTF-8 in the tutor's own shell (a C.UTF-8 host) and the plain C locale in a container (an image sets none
     * unless its Dockerfile does). GNU programs quote names as ‘x’ in UTF-8 and as 'x' in C.
     */
    static boolean utf8Locale(io.dockertutor.sh.ShellSession shell) {
        for (String name : java.util.List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = shell.variable(name);
            if (value != null && !value.isEmpty()) {
                String v = value.toLowerCase(java.util.Locale.ROOT);
                return v.contains("utf-8") || v.contains("utf8");
            }
        }
        return shell.utf8WithoutLocaleVariables();
    }

    private static String controlEscape(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format("\\%03o", (int) c);
        };
    }
}
