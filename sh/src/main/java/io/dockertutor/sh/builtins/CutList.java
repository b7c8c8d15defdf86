package io.dockertutor.sh.builtins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * cut's LIST ({@code 1,3}, {@code 2-}, {@code -4}, blanks or commas between), parsed as coreutils' set-fields.c
 * does: sorted, merged, optionally complemented. Numbers are unsigned 64-bit; {@code -1L} means "to the end".
 */
final class CutList {
    private static final long END = -1L;

    /** A bad LIST: the message is cut's first error line. */
    static final class InvalidList extends Exception {
        InvalidList(String message) {
            super(message, null, false, false);
        }
    }

    private record Range(long lo, long hi) {
    }

    private final List<Range> ranges;

    private CutList(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** @param positions true for -b/-c (messages say "byte/character"), false for -f */
    static CutList parse(String spec, boolean positions, boolean complement) throws InvalidList {
        String numberedFrom1 = positions ? "byte/character positions are numbered from 1" : "fields are numbered from 1";
        List<Range> found = new ArrayList<>();
        long initial = 1;
        long value = 0;
        boolean lhs = false;
        boolean rhs = false;
        boolean dash = false;
        int numStart = -1;
        for (int i = 0; ; i++) {
            char c = i < spec.length() ? spec.charAt(i) : '\0';
            if (c == '-') {
                numStart = -1;
                if (dash) {
                    throw new InvalidList(positions ? "invalid byte or character range" : "invalid field range");
                }
                dash = true;
                if (lhs && value == 0) {
                    throw new InvalidList(numberedFrom1);
                }
                initial = lhs ? value : 1;
                value = 0;
            } else if (c == ',' || c == ' ' || c == '\t' || c == '\0') {
                numStart = -1;
                if (dash) {
                    dash = false;
                    if (!lhs && !rhs) {
                        throw new InvalidList("invalid range with no endpoint: -");
                    }
                    if (!rhs) {
                        found.add(new Range(initial, END));
                    } else {
                        if (Long.compareUnsigned(value, initial) < 0) {
                            throw new InvalidList("invalid decreasing range");
                        }
                        found.add(new Range(initial, value));
                    }
                } else {
                    if (value == 0) {
                        throw new InvalidList(numberedFrom1);
                    }
                    found.add(new Range(value, value));
                }
                value = 0;
                if (i >= spec.length()) {
                    break;
                }
                lhs = false;
                rhs = false;
            } else if (c >= '0' && c <= '9') {
                if (numStart < 0) {
                    numStart = i;
                }
                if (dash) {
                    rhs = true;
                } else {
                    lhs = true;
                }
                long next = value * 10 + (c - '0');
                if (Long.compareUnsigned(value, Long.divideUnsigned(END, 10)) > 0
                        || Long.compareUnsigned(next, value * 10) < 0 || next == END) {
                    int end = numStart;
                    while (end < spec.length() && Character.isDigit(spec.charAt(end))) {
                        end++;
                    }
                    throw new InvalidList((positions ? "byte/character offset " : "field number ")
                            + Quoting.locale(spec.substring(numStart, end)) + " is too large");
                }
                value = next;
            } else {
                throw new InvalidList((positions ? "invalid byte/character position " : "invalid field value ")
                        + Quoting.locale(spec.substring(i)));
            }
        }
        found.sort(Comparator.comparing(Range::lo, Long::compareUnsigned));
        List<Range> merged = new ArrayList<>();
        for (Range r : found) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && Long.compareUnsigned(r.lo(), last.hi()) <= 0) {
                merged.set(merged.size() - 1, new Range(last.lo(), max(last.hi(), r.hi())));
            } else {
                merged.add(r);
            }
        }
        return new CutList(complement ? complement(merged) : merged);
    }

    private static List<Range> complement(List<Range> ranges) {
        List<Range> out = new ArrayList<>();
        if (Long.compareUnsigned(ranges.get(0).lo(), 1) > 0) {
            out.add(new Range(1, ranges.get(0).lo() - 1));
        }
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i - 1).hi() + 1 != ranges.get(i).lo()) {
                out.add(new Range(ranges.get(i - 1).hi() + 1, ranges.get(i).lo() - 1));
            }
        }
        long lastHi = ranges.get(ranges.size() - 1).hi();
        if (lastHi != END) {
            out.add(new Range(lastHi + 1, END));
        }
        return out;
    }

    private static long max(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    /** Whether the 1-based position {@code n} is selected. */
    boolean selects(long n) {
        for (Range r : ranges) {
            if (Long.compareUnsigned(r.lo(), n) <= 0 && Long.compareUnsigned(n, r.hi()) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code n} is selected and begins a range, where --output-delimiter goes between byte ranges. */
    boolean startsRange(long n) {
        for (Range r : ranges) {
            if (r.lo() == n) {
                return true;
            }
        }
        return false;
    }
}
