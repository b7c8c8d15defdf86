package io.dockertutor.sh.builtins;

/** Backslash escapes as {@code echo -e} and {@code printf} interpret them. */
final class Escapes {
    private Escapes() {
    }

    /** The expanded text; {@code stop} when {@code \c} asked to print nothing more. */
    record Result(String text, boolean stop) {
    }

    static Result echo(String s) {
        return expand(s, true);
    }

    static Result printf(String s) {
        return expand(s, false);
    }

    private static Result expand(String s, boolean echoOctal) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\013');
                case 'e', 'E' -> sb.append('\033');
                case '\\' -> sb.append('\\');
                case 'c' -> {
                    return new Result(sb.toString(), true);
                }
                case 'x' -> {
                    int end = i + 1;
                    while (end < s.length() && end < i + 3 && Character.digit(s.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == i + 1) {
                        sb.append("\\x");
                    } else {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, end), 16));
                        i = end - 1;
                    }
                }
                default -> {
                    boolean octal = echoOctal ? n == '0' : n >= '0' && n <= '7';
                    if (octal) {
                        int start = echoOctal ? i + 1 : i;
                        int end = start;
                        while (end < s.length() && end < start + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        sb.append(end == start ? '\0' : (char) (Integer.parseInt(s.substring(start, end), 8) & 0xff));
                        i = end - 1;
                    } else if (!echoOctal && (n == '"' || n == '\'')) {
                        sb.append(n);
                    } else {
                        sb.append('\\').append(n);
                    }
                }
            }
        }
        return new Result(sb.toString(), false);
    }

    /**
     * C's named escape of a control byte ({@code \a \b \t \n \v \f \r}) as od -c and sed's l show it, or null
     * for a byte without one.
     */
    static String named(int b) {
        return switch (b) {
            case 7 -> "\\a";
            case 8 -> "\\b";
            case 9 -> "\\t";
            case 10 -> "\\n";
            case 11 -> "\\v";
            case 12 -> "\\f";
            case 13 -> "\\r";
            default -> null;
        };
    }
}
