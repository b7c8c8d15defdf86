package io.dockertutor.sh.builtins;

/** A script sed refuses: GNU's {@code -e expression #1, char N: ...} sentence, and busybox's own. */
final class SedRefusal extends Exception {
    private final String busybox;
    private final int at;
    private final String what;
    private final int gnuStatus;

    SedRefusal(int at, String what, String busybox) {
        this("-e expression #1, char " + at + ": " + what, at, what, busybox);
    }

    private SedRefusal(String message, int at, String what, String busybox, int gnuStatus) {
        super(message);
        this.busybox = busybox;
        this.at = at;
        this.what = what;
        this.gnuStatus = gnuStatus;
    }

    private SedRefusal(String message, int at, String what, String busybox) {
        this(message, at, what, busybox, 1);
    }

    /** A refusal GNU words without a place in the script, found once it is all read, and ends with 4 (panic). */
    static SedRefusal unplaced(String gnu, String busybox) {
        return new SedRefusal(gnu, 0, gnu, busybox, 4);
    }

    /** GNU sed's status for it: 1 for a script it cannot parse, 4 for one it cannot finish. */
    int gnuStatus() {
        return gnuStatus;
    }

    String busybox() {
        return busybox;
    }

    /** GNU's words for a script read from {@code file} ({@code sed -f}): {@code file F line L: ...}. */
    String inFile(String file, String script) {
        long line = 1 + script.substring(0, Math.min(Math.max(at - 1, 0), script.length())).chars().filter(c -> c == '\n').count();
        return "file " + file + " line " + line + ": " + what;
    }
}
