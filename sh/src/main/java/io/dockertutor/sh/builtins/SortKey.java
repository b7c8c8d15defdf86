package io.dockertutor.sh.builtins;

/**
 * One sort key ({@code -k POS1[,POS2]}) or the global options, as coreutils' {@code struct keyfield}: the first field
 * and character (0-based; field -1: the line's start), the last field and character (field -1: the line's end;
 * character 0: the field's end), and the ordering options. {@link #parse} reads {@code -k} as coreutils does, with its
 * refusals; {@link #parseBusybox} with busybox's.
 */
final class SortKey {
    /** Busybox's orders ({@code -n} as strtod, {@code -V} as strverscmp) rather than coreutils'. */
    final boolean busybox;
    int sword = -1;
    int schar;
    int eword = -1;
    int echar;
    boolean skipsblanks;
    boolean skipeblanks;
    /** 0, {@code 'd'} (only blanks and alphanumerics count) or {@code 'i'} (only printable characters count). */
    char ignore;
    boolean translate;
    boolean numeric;
    boolean general;
    boolean human;
    boolean month;
    boolean version;
    boolean random;
    boolean reverse;

    SortKey(boolean busybox) {
        this.busybox = busybox;
    }

    /** A global option letter (the command line's {@code -b}, {@code -n}, ...); other letters change nothing. */
    void set(char option) {
        switch (option) {
            case 'b' -> {
                skipsblanks = true;
                skipeblanks = true;
            }
            case 'd' -> ignore = 'd';
            case 'i' -> ignore = ignore == 0 ? 'i' : ignore; // -d implies -i, -i does not override -d
            case 'f' -> translate = true;
            case 'g' -> general = true;
            case 'h' -> human = true;
            case 'M' -> month = true;
            case 'n' -> numeric = true;
            case 'R' -> random = true;
            case 'r' -> reverse = true;
            case 'V' -> version = true;
            default -> {
            }
        }
    }

    /** {@code -k SPEC} as coreutils reads it; {@link IllegalArgumentException} with its words when it cannot. */
    static SortKey parse(String spec) {
        SortKey key = new SortKey(false);
        int[] at = {0};
        long field = count(spec, at, "invalid number at field start", spec);
        if (field == 0) {
            throw invalid("field number is zero", spec);
        }
        key.sword = (int) Math.min(Integer.MAX_VALUE, field - 1);
        if (at[0] < spec.length() && spec.charAt(at[0]) == '.') {
            at[0]++;
            long character = count(spec, at, "invalid number after '.'", spec.substring(at[0]));
            if (character == 0) {
                throw invalid("character offset is zero", spec);
            }
            key.schar = (int) Math.min(Integer.MAX_VALUE, character - 1);
        }
        if (key.sword == 0 && key.schar == 0) {
            key.sword = -1;
        }
        key.options(spec, at, true);
        if (at[0] < spec.length() && spec.charAt(at[0]) == ',') {
            at[0]++;
            long end = count(spec, at, "invalid number after ','", spec.substring(at[0]));
            if (end == 0) {
                throw invalid("field number is zero", spec);
            }
            key.eword = (int) Math.min(Integer.MAX_VALUE, end - 1);
            if (at[0] < spec.length() && spec.charAt(at[0]) == '.') {
                at[0]++;
                key.echar = (int) Math.min(Integer.MAX_VALUE, count(spec, at, "invalid number after '.'", spec.substring(at[0])));
            }
            key.options(spec, at, false);
        }
        if (at[0] < spec.length()) {
            throw invalid("stray character in field spec", spec);
        }
        return key;
    }

    /** {@code -k SPEC} as busybox reads it: fields and characters from 1, options n g M b r d f i. */
    static SortKey parseBusybox(String spec) {
        SortKey key = new SortKey(true);
        int[] at = {0};
        int part = 0;
        while (at[0] < spec.length()) {
            int field = busyboxNumber(spec, at);
            int character = 0;
            if (at[0] < spec.length() && spec.charAt(at[0]) == '.') {
                at[0]++;
                character = busyboxNumber(spec, at);
            }
            if (part == 0) {
                key.sword = field == 1 && character <= 1 ? -1 : field - 1;
                key.schar = Math.max(0, character - 1);
            } else {
                key.eword = field - 1;
                key.echar = character;
            }
            while (at[0] < spec.length()) {
                char c = spec.charAt(at[0]);
                if (c == ',' && part++ == 0) {
                    at[0]++;
                    break;
                }
                if ("ngMucszbrdfimV".indexOf(c) < 0) {
                    throw new IllegalArgumentException("unknown key option");
                }
                if ("ngMbrdfi".indexOf(c) < 0) {
                    throw new IllegalArgumentException("unknown sort type");
                }
                if (c == 'b') {
                    if (part == 0) {
                        key.skipsblanks = true;
                    } else {
                        key.skipeblanks = true;
                    }
                } else {
                    key.set(c);
                }
                at[0]++;
            }
        }
        return key;
    }

    private static int busyboxNumber(String spec, int[] at) {
        int start = at[0];
        while (at[0] < spec.length() && Character.isDigit(spec.charAt(at[0]))) {
            at[0]++;
        }
        long n = start == at[0] ? 0 : Long.parseLong(spec.substring(start, Math.min(at[0], start + 11)));
        if (n == 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad field specification");
        }
        return (int) n;
    }

    /** coreutils' parse_field_count: a decimal count (huge counts clamp), else "MSG: invalid count at start of 'S'". */
    private static long count(String spec, int[] at, String message, String rest) {
        int start = at[0];
        while (at[0] < spec.length() && Character.isDigit(spec.charAt(at[0]))) {
            at[0]++;
        }
        if (start == at[0]) {
            throw new IllegalArgumentException(message + ": invalid count at start of " + Quoting.locale(rest));
        }
        String digits = spec.substring(start, at[0]);
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private static IllegalArgumentException invalid(String message, String spec) {
        return new IllegalArgumentException(message + ": invalid field specification " + Quoting.locale(spec));
    }

    /** coreutils' set_ordering: the option letters after a position; stops at the first other character. */
    private void options(String spec, int[] at, boolean start) {
        while (at[0] < spec.length()) {
            char c = spec.charAt(at[0]);
            if (c == 'b') {
                if (start) {
                    skipsblanks = true;
                } else {
                    skipeblanks = true;
                }
            } else if ("dfghiMnRrV".indexOf(c) >= 0) {
                set(c);
            } else {
                return;
            }
            at[0]++;
        }
    }

    /** A key without ordering options of its own takes the global ones (coreutils' default_key_compare). */
    void inherit(SortKey global) {
        boolean ownOrdering = ignore != 0 || translate || skipsblanks || skipeblanks || numeric || general || human
                || month || version || random;
        if (!ownOrdering && !reverse) {
            ignore = global.ignore;
            translate = global.translate;
            skipsblanks = global.skipsblanks;
            skipeblanks = global.skipeblanks;
            numeric = global.numeric;
            general = global.general;
            human = global.human;
            month = global.month;
            version = global.version;
            random = global.random;
            reverse = global.reverse;
        }
    }

    /** coreutils' check_ordering_compatibility: at most one kind of order per key, as "options '-gn' are incompatible". */
    void checkCompatible() {
        int kinds = (random ? 1 : 0) + (numeric ? 1 : 0) + (general ? 1 : 0) + (month ? 1 : 0) + (version ? 1 : 0)
                + (ignore != 0 ? 1 : 0) + (human ? 1 : 0);
        if (kinds > 1 || (random && translate)) {
            throw new IllegalArgumentException("options '-" + letters() + "' are incompatible");
        }
    }

    /** busybox compares with one of n, g, M at most ("unknown sort type" at the first comparison). */
    void checkBusybox() {
        if ((numeric ? 1 : 0) + (general ? 1 : 0) + (month ? 1 : 0) + (version ? 1 : 0) > 1) {
            throw new IllegalArgumentException("unknown sort type");
        }
    }

    /** coreutils' key_to_opts. */
    private String letters() {
        StringBuilder sb = new StringBuilder();
        sb.append(skipsblanks || skipeblanks ? "b" : "").append(ignore == 'd' ? "d" : "").append(translate ? "f" : "")
                .append(general ? "g" : "").append(human ? "h" : "").append(ignore == 'i' ? "i" : "")
                .append(month ? "M" : "").append(numeric ? "n" : "").append(random ? "R" : "")
                .append(reverse ? "r" : "").append(version ? "V" : "");
        return sb.toString();
    }
}
