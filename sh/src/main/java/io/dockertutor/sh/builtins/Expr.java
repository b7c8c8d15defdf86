package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code expr EXPRESSION}: the operators of POSIX expr ({@code | & = != < <= > >= + - * / % :}, parentheses) and
 * GNU's {@code match substr index length}. Prints the value; status 1 when it is 0 or empty, 2 on an error.
 * coreutils computes with unbounded integers, busybox with 64-bit ones.
 */
final class Expr {
    private final List<String> tokens;
    private final boolean gnu;
    private int pos;

    /** An error in the expression, with the words each program uses. */
    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private Expr(List<String> tokens, boolean gnu) {
        this.tokens = tokens;
        this.gnu = gnu;
    }

    static int run(Invocation call) {
        boolean gnu = call.shell().userland() == Userland.GNU;
        List<String> args = call.args();
        if (!args.isEmpty() && args.get(0).equals("--")) {
            args = args.subList(1, args.size());
        }
        if (args.isEmpty()) {
            if (gnu) {
                return Usage.fail(call, "missing operand", 2);
            }
            call.err().println("expr: too few arguments");
            return 2;
        }
        Expr e = new Expr(args, gnu);
        try {
            String value = e.or();
            if (e.pos < args.size()) {
                throw new Failure(gnu ? "syntax error: unexpected argument ‘" + args.get(e.pos) + "’" : "syntax error");
            }
            call.out().println(value);
            return value.isEmpty() || value.matches("-?0+") ? 1 : 0;
        } catch (Failure f) {
            call.err().println(Quoting.inLocale(call, "expr: " + f.getMessage()));
            return 2;
        }
    }

    private boolean at(String... ops) {
        return pos < tokens.size() && List.of(ops).contains(tokens.get(pos));
    }

    private String or() {
        String left = and();
        while (at("|")) {
            pos++;
            String right = and();
            left = truth(left) ? left : truth(right) ? right : "0";
        }
        return left;
    }

    private String and() {
        String left = compare();
        while (at("&")) {
            pos++;
            String right = compare();
            left = truth(left) && truth(right) ? left : "0";
        }
        return left;
    }

    private String compare() {
        String left = additive();
        while (at("=", "==", "!=", "<", "<=", ">", ">=")) {
            String op = tokens.get(pos++);
            String right = additive();
            int c = isInteger(left) && isInteger(right) ? new BigInteger(left).compareTo(new BigInteger(right))
                    : left.compareTo(right);
            boolean r = switch (op) {
                case "=", "==" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
            left = r ? "1" : "0";
        }
        return left;
    }

    private String additive() {
        String left = multiplicative();
        while (at("+", "-")) {
            String op = tokens.get(pos++);
            left = arithmetic(left, op, multiplicative());
        }
        return left;
    }

    private String multiplicative() {
        String left = match();
        while (at("*", "/", "%")) {
            String op = tokens.get(pos++);
            left = arithmetic(left, op, match());
        }
        return left;
    }

    private String match() {
        String left = primary();
        while (at(":")) {
            pos++;
            left = regex(left, primary());
        }
        return left;
    }

    private String primary() {
        if (pos >= tokens.size()) {
            throw new Failure(gnu ? pos == 0 ? "syntax error: missing argument" : "syntax error: missing argument after ‘"
                    + tokens.get(pos - 1) + "’" : "syntax error");
        }
        String t = tokens.get(pos++);
        switch (t) {
            case "(" -> {
                String v = or();
                if (!at(")")) {
                    throw new Failure(gnu ? "syntax error: expecting ')' after ‘" + tokens.get(pos - 1) + "’" : "syntax error");
                }
                pos++;
                return v;
            }
            case "+" -> {
                return operand();
            }
            case "length" -> {
                return String.valueOf(primary().length());
            }
            case "match" -> {
                String s = primary();
                return regex(s, primary());
            }
            case "index" -> {
                String s = primary();
                String chars = primary();
                for (int i = 0; i < s.length(); i++) {
                    if (chars.indexOf(s.charAt(i)) >= 0) {
                        return String.valueOf(i + 1);
                    }
                }
                return "0";
            }
            case "substr" -> {
                String s = primary();
                long from = number(primary());
                long length = number(primary());
                if (from < 1 || length < 1 || from > s.length()) {
                    return "";
                }
                return s.substring((int) from - 1, (int) Math.min(s.length(), from - 1 + length));
            }
            default -> {
                return t;
            }
        }
    }

    private String operand() {
        if (pos >= tokens.size()) {
            throw new Failure(gnu ? "syntax error: missing argument after ‘+’" : "syntax error");
        }
        return tokens.get(pos++);
    }

    private String arithmetic(String left, String op, String right) {
        if (!isInteger(left) || !isInteger(right)) {
            throw new Failure(gnu ? "non-integer argument" : "non-numeric argument");
        }
        BigInteger a = new BigInteger(left);
        BigInteger b = new BigInteger(right);
        if ((op.equals("/") || op.equals("%")) && b.signum() == 0) {
            throw new Failure("division by zero");
        }
        if (!gnu) {
            long x = saturate(a);
            long y = saturate(b);
            return String.valueOf(switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                default -> x % y;
            });
        }
        BigInteger r = switch (op) {
            case "+" -> a.add(b);
            case "-" -> a.subtract(b);
            case "*" -> a.multiply(b);
            case "/" -> a.divide(b);
            default -> a.remainder(b);
        };
        return r.toString();
    }

    private long number(String s) {
        if (!isInteger(s)) {
            throw new Failure(gnu ? "non-integer argument" : "non-numeric argument");
        }
        return saturate(new BigInteger(s));
    }

    /** strtoll's answer for a number too large: the nearest 64-bit value. */
    private static long saturate(BigInteger v) {
        return v.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    /** {@code STRING : REGEX}, the basic regular expression anchored at the start: the first group, or the length. */
    private static String regex(String s, String bre) {
        Matcher m = Pattern.compile(javaRegex(bre)).matcher(s);
        boolean found = m.lookingAt();
        if (m.groupCount() > 0) {
            return found && m.group(1) != null ? m.group(1) : "";
        }
        return found ? String.valueOf(m.end()) : "0";
    }

    /** A POSIX basic regular expression in Java's syntax: \( \) \{ \} group and count, bare ( ) { } + ? | are literal. */
    private static String javaRegex(String bre) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bre.length(); i++) {
            char c = bre.charAt(i);
            if (c == '\\' && i + 1 < bre.length()) {
                char n = bre.charAt(++i);
                out.append("(){}+?|".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
            } else if ("(){}+?|".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInteger(String s) {
        return s.matches("-?\\d+");
    }

    private static boolean truth(String s) {
        return !s.isEmpty() && !s.matches("-?0+");
    }
}
