package io.dockertutor.sh;

/**
 * {@code $((expression))} over 64-bit integers as dash and busybox ash evaluate it: {@code + - * / %}, comparisons
 * ({@code < <= > >= == !=}), {@code && || !}, unary minus, parentheses, numbers and variable names (unset or empty
 * is 0). Enough for loop counters ({@code i=$((i+1))}); assignments inside the expression are not supported.
 */
final class Arithmetic {
    private final String text;
    private final ShellSession shell;
    private int pos;
    private int depth;

    private Arithmetic(String text, ShellSession shell) {
        this.text = text;
        this.shell = shell;
    }

    /** The value, or an {@link Expander.ExpansionFailure} with the shell's words for a bad expression. */
    static long evaluate(String text, ShellSession shell) {
        Arithmetic a = new Arithmetic(text, shell);
        if (text.isBlank()) {
            return 0;
        }
        long value = a.binary(0);
        a.blanks();
        if (a.pos < text.length()) {
            throw a.error();
        }
        return value;
    }

    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"},
    };

    private long binary(int level) {
        if (level == LEVELS.length) {
            return unary();
        }
        long left = binary(level + 1);
        while (true) {
            blanks();
            String op = operatorAt(level);
            if (op == null) {
                return left;
            }
            pos += op.length();
            long right = binary(level + 1);
            left = apply(op, left, right);
        }
    }

    private String operatorAt(int level) {
        for (String op : LEVELS[level]) {
            if (text.startsWith(op, pos)) {
                boolean doubled = (op.equals("<") || op.equals(">")) && text.startsWith(op + op, pos);
                boolean assignment = op.length() == 1 && "+-*/%".contains(op) && text.startsWith("=", pos + 1);
                return doubled || assignment ? null : op;
            }
        }
        return null;
    }

    private long apply(String op, long a, long b) {
        return switch (op) {
            case "||" -> a != 0 || b != 0 ? 1 : 0;
            case "&&" -> a != 0 && b != 0 ? 1 : 0;
            case "==" -> a == b ? 1 : 0;
            case "!=" -> a != b ? 1 : 0;
            case "<=" -> a <= b ? 1 : 0;
            case ">=" -> a >= b ? 1 : 0;
            case "<" -> a < b ? 1 : 0;
            case ">" -> a > b ? 1 : 0;
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            default -> {
                if (b == 0) {
                    throw new Expander.ExpansionFailure(switch (shell.dialect()) {
                        case ASH -> "divide by zero";
                        case DASH -> "arithmetic expression: division by zero: \"" + text + "\"";
                        case BASH -> "arithmetic: division by zero";
                    });
                }
                yield op.equals("/") ? a / b : a % b;
            }
        };
    }

    private long unary() {
        blanks();
        if (pos >= text.length()) {
            throw error();
        }
        if (++depth > ShellParser.MAX_NESTING) {
            throw new Expander.ExpansionFailure("arithmetic: expression nested too deeply");
        }
        try {
            char c = text.charAt(pos);
            if (c == '-' || c == '+' || c == '!') {
                pos++;
                long v = unary();
                return c == '-' ? -v : c == '+' ? v : v == 0 ? 1 : 0;
            }
            if (c == '(') {
                pos++;
                long v = binary(0);
                blanks();
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw error();
                }
                pos++;
                return v;
            }
            return atom();
        } finally {
            depth--;
        }
    }

    private long atom() {
        int start = pos;
        if (Character.isDigit(text.charAt(pos))) {
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            return number(text.substring(start, pos));
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')
                && text.charAt(pos) < 128) {
            pos++;
        }
        if (pos == start) {
            throw error();
        }
        String value = shell.variable(text.substring(start, pos));
        return value == null || value.isBlank() ? 0 : number(value.strip());
    }

    private long number(String digits) {
        try {
            if (digits.length() > 1 && digits.startsWith("0x") || digits.startsWith("0X")) {
                return Long.parseLong(digits.substring(2), 16);
            }
            if (digits.length() > 1 && digits.startsWith("0")) {
                return Long.parseLong(digits.substring(1), 8);
            }
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new Expander.ExpansionFailure("arithmetic syntax error");
        }
    }

    private void blanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Expander.ExpansionFailure error() {
        return new Expander.ExpansionFailure("arithmetic syntax error");
    }
}
