package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** bash's {@code test} and {@code [}: file tests, string and integer comparisons, {@code !}, {@code -a}, {@code -o}. */
final class TestCommand {
    /** A malformed expression: bash prints the message and returns 2. */
    private static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final Invocation call;
    private final List<String> args;
    private int pos;

    private TestCommand(Invocation call, List<String> args) {
        this.call = call;
        this.args = args;
    }

    static int run(Invocation call) {
        List<String> args = call.args();
        if (call.name().equals("[")) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                if (call.shell().dialect() == io.dockertutor.sh.SyntaxDialect.ASH) {
                    call.err().println(call.shell().name() + ": missing ]"); // busybox names neither [ nor the line
                } else {
                    call.err().println(io.dockertutor.sh.BuiltinErrors.line(call.shell(), "[", "missing `]'", "", "missing ]"));
                }
                return 2;
            }
            args = args.subList(0, args.size() - 1);
        }
        if (args.isEmpty()) {
            return 1;
        }
        TestCommand t = new TestCommand(call, args);
        try {
            boolean result = t.or();
            if (t.pos < args.size()) {
                throw new Malformed(args.get(t.pos) + ": " + (t.pos == 0 ? "unary operator expected"
                        : "too many arguments"));
            }
            return result ? 0 : 1;
        } catch (Malformed e) {
            ShellBuiltins.bashError(call, e.getMessage());
            return 2;
        }
    }

    private boolean or() throws Malformed {
        boolean v = and();
        while (pos < args.size() && args.get(pos).equals("-o")) {
            pos++;
            v = and() | v;
        }
        return v;
    }

    private boolean and() throws Malformed {
        boolean v = primary();
        while (pos < args.size() && args.get(pos).equals("-a")) {
            pos++;
            v = primary() & v;
        }
        return v;
    }

    private boolean primary() throws Malformed {
        if (pos >= args.size()) {
            throw new Malformed("argument expected");
        }
        String a = args.get(pos);
        if (a.equals("!")) {
            pos++;
            return !primary();
        }
        if (pos + 1 < args.size() && isBinary(args.get(pos + 1)) && pos + 2 < args.size()) {
            return binary();
        }
        if (a.length() == 2 && a.charAt(0) == '-' && "efdszn rwxLhp".indexOf(a.charAt(1)) >= 0
                && pos + 1 < args.size()) {
            pos += 2;
            return unary(a.charAt(1), args.get(pos - 1));
        }
        pos++;
        return !a.isEmpty();
    }

    private static boolean isBinary(String op) {
        return List.of("=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "<", ">").contains(op);
    }

    private boolean binary() throws Malformed {
        String left = args.get(pos);
        String op = args.get(pos + 1);
        String right = args.get(pos + 2);
        pos += 3;
        switch (op) {
            case "=", "==":
                return left.equals(right);
            case "!=":
                return !left.equals(right);
            case "<":
                return left.compareTo(right) < 0;
            case ">":
                return left.compareTo(right) > 0;
            default:
                long l = integer(left);
                long r = integer(right);
                return switch (op) {
                    case "-eq" -> l == r;
                    case "-ne" -> l != r;
                    case "-lt" -> l < r;
                    case "-le" -> l <= r;
                    case "-gt" -> l > r;
                    default -> l >= r;
                };
        }
    }

    private static long integer(String s) throws Malformed {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new Malformed(s + ": integer expression expected");
        }
    }

    private boolean unary(char op, String operand) {
        if (op == 'z') {
            return operand.isEmpty();
        }
        if (op == 'n') {
            return !operand.isEmpty();
        }
        Path p;
        try {
            p = op == 'L' || op == 'h' ? call.resolveEntry(operand) : call.resolve(operand);
        } catch (OutsideViewException e) {
            return false;
        }
        try {
            return switch (op) {
                case 'e' -> Files.exists(p);
                case 'f' -> Files.isRegularFile(p);
                case 'd' -> Files.isDirectory(p);
                case 's' -> Files.isRegularFile(p) && Files.size(p) > 0 || Files.isDirectory(p);
                case 'r' -> Files.isReadable(p);
                case 'w' -> Files.isWritable(p);
                case 'x' -> Files.isExecutable(p);
                case 'L', 'h' -> Files.isSymbolicLink(p); // resolved without following the last link
                default -> false;
            };
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
