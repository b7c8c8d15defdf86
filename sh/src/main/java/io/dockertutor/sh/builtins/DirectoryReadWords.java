package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;

/**
 * How each program words a read that met a directory ({@code cat /tmp}, {@code cat < /tmp}), in GNU's programs
 * (coreutils 9.1, grep 3.8, sed 4.9, mawk, findutils) and in busybox's (1.35), and the status it ends with: the whole
 * family recorded by {@code scripts/record-shell-builtins directory-read}. In a text {@code {q}} is the name always
 * quoted (gnulib's quoteaf), {@code {n}} quoted only when the shell would need it (quotef), {@code {r}} as is,
 * {@code {p}} the program's own name; a null text prints nothing (busybox's sort, cut, sed, nl and rev read a
 * directory as an empty file; grep words its own, which {@code -s} silences, and awk its own with its dialect, {@code AwkDialect}). The name is the operand as typed; for the standard input, the program's own name for
 * it, and for {@code -} the same unless the program keeps {@code -} (wc; busybox's uniq and cmp).
 */
enum DirectoryReadWords {
    CAT(new Words("{p}: {n}: Is a directory", "-", false, 1), new Words("{p}: read error: Is a directory", "-", false, 1)),
    HEAD(new Words("{p}: error reading {q}: Is a directory", "standard input", false, 1),
            new Words("{p}: {r}: Input/output error", "standard input", false, 1)),
    TAIL(new Words("{p}: error reading {q}: Is a directory", "standard input", false, 1),
            new Words("{p}: read error: Is a directory", "standard input", false, 1)),
    WC(new Words("{p}: {n}: Is a directory", "standard input", true, 1),
            new Words("{p}: {r}: Is a directory", "standard input", true, 1)),
    SORT(new Words("{p}: read failed: {n}: Is a directory", "-", false, 2), Words.SILENT),
    UNIQ(new Words("{p}: error reading {q}", "-", false, 1), new Words("{p}: {r}: I/O error", "(null)", true, 1)),
    CUT(new Words("{p}: {n}: Is a directory", "-", false, 1), Words.SILENT),
    TR(new Words("{p}: read error: Is a directory", "-", false, 1), new Words("{p}: read error: Is a directory", "-", false, 1)),
    SED(new Words("{p}: read error on {r}: Is a directory", "stdin", false, 4), Words.SILENT),
    OD(new Words("{p}: {n}: Is a directory", "standard input", false, 1),
            new Words("{p}: {r}: read error", "standard input", false, 1)),
    /** md5sum, sha1sum, sha256sum, sha512sum: {@code {p}} is the one called. */
    DIGEST(new Words("{p}: {n}: Is a directory", "-", false, 1), new Words("{p}: can't read '{r}': Is a directory", "-", false, 1)),
    BASE64(new Words("{p}: read error: Is a directory", "-", false, 1), new Words("{p}: read error: Is a directory", "-", false, 1)),
    TEE(new Words("{p}: read error: Is a directory", "-", false, 1), new Words(null, "-", false, 1)),
    NL(new Words("{p}: {n}: Is a directory", "-", false, 1), Words.SILENT),
    /** GNU's side is util-linux's rev (2.38, recorded on this machine; Debian 12's slim image has none). */
    REV(new Words("{p}: {r}: 0: Is a directory", "stdin", false, 1), Words.SILENT),
    CMP(new Words("{p}: {n}: Is a directory", "-", false, 2), new Words("{p}: {r}: I/O error", "-", true, 2));

    /** One userland's words: its text (null for none), its name for the standard input, and its status. */
    record Words(String text, String stdin, boolean keepsDash, int status) {
        static final Words SILENT = new Words(null, "-", false, 0);
    }

    private final Words gnu;
    private final Words busybox;

    DirectoryReadWords(Words gnu, Words busybox) {
        this.gnu = gnu;
        this.busybox = busybox;
    }

    /**
     * Prints the program's words for reading {@code operand} (null: its standard input, not named on the command line)
     * and answers the status it ends with; 0 where the program takes the directory for an empty file.
     */
    int report(Invocation call, String operand) {
        Words w = call.shell().userland() == Userland.BUSYBOX ? busybox : gnu;
        if (w.text() != null) {
            String name = operand == null || (operand.equals("-") && !w.keepsDash()) ? w.stdin() : operand;
            call.out().flush();
            call.err().println(w.text().replace("{p}", call.name()).replace("{q}", Quoting.always(name))
                    .replace("{n}", Quoting.ifNeeded(name)).replace("{r}", name));
        }
        return w.status();
    }
}
