package io.dockertutor.sh.builtins;

/**
 * What differs between the two awks the tutor plays: mawk 1.3.4 (Debian's awk, in the tutor's shell and Debian
 * images) and busybox awk (busybox and alpine images). Number output and every error text, word for word.
 */
final class AwkDialect {
    /** mawk prints integral values as integers only within a C int (its Max_Int); busybox within a long long. */
    private static final double MAWK_MAX_INT = 2147483647;

    private final boolean busybox;
    private final String program;

    AwkDialect(boolean busybox, String program) {
        this.busybox = busybox;
        this.program = program;
    }

    boolean busybox() {
        return busybox;
    }

    /** The number as print and concatenation show it: integral values as integers, others through {@code format}. */
    String format(double d, String format) {
        if (Double.isNaN(d)) {
            return Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        boolean integral = d == Math.rint(d);
        if (integral && (busybox ? Math.abs(d) < 9.2e18 : Math.abs(d) <= MAWK_MAX_INT)) {
            return Long.toString((long) d);
        }
        if (format.equals("%.6g")) {
            return (d < 0 ? "-" : "") + CFloat.general(Math.abs(d), 6, false, false);
        }
        return AwkFormat.sprintf(this, format, java.util.List.of(AwkValue.number(d)), format);
    }

    /** A syntax error at {@code line} near {@code near} (the token's text; null for the end of a line or file). */
    AwkError syntax(int line, String near) {
        if (busybox) {
            return new AwkError(program + ": cmd. line:" + line + ": " + (near == null ? "Unexpected end of string" : "Unexpected token"), 1);
        }
        return new AwkError(program + ": line " + line + ": syntax error at or near " + (near == null ? "end of line" : near), 2);
    }

    /** A compile-time complaint in mawk's own words ({@code missing } near end of file}); busybox says "Unexpected token". */
    AwkError compile(int line, String mawkText) {
        return busybox ? new AwkError(program + ": cmd. line:" + line + ": Unexpected token", 1)
                : new AwkError(program + ": line " + line + ": " + mawkText, 2);
    }

    /** An error while the program runs: busybox names the line, mawk the input position. */
    AwkError runtime(int line, String busyboxText, String mawkText, String filename, long fnr, long nr) {
        if (busybox) {
            return new AwkError(program + ": cmd. line:" + line + ": " + busyboxText, 1);
        }
        return new AwkError(program + ": run time error: " + mawkText + "\n\tFILENAME=\"" + filename + "\" FNR=" + fnr
                + " NR=" + nr, 2);
    }

    /** An input file that cannot be read. */
    AwkError cannotOpen(String name, String reason) {
        return busybox ? new AwkError(program + ": " + name + ": " + reason, 1)
                : new AwkError(program + ": cannot open " + name + " (" + reason + ")", 2);
    }

    /**
     * A read that met a directory, an operand or the standard input (recorded: mawk {@code awk: read error (Is a
     * directory)}, status 2; busybox {@code awk: cmd. line:1: Is a directory}, status 1).
     */
    AwkError readDirectory() {
        return busybox ? new AwkError(program + ": cmd. line:1: Is a directory", 1)
                : new AwkError(program + ": read error (Is a directory)", 2);
    }

    /** A {@code -f} program file that cannot be read. */
    AwkError cannotOpenProgram(String name, String reason) {
        return busybox ? new AwkError(program + ": can't open '" + name + "': " + reason, 1)
                : new AwkError(program + ": cannot open " + name + " (" + reason + ")", 2);
    }

    String program() {
        return program;
    }
}
