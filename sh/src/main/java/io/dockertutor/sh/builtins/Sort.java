package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code sort} as GNU coreutils 9.1 sorts in the C locale (the tutor's shell and Debian images): keys ({@code -k
 * POS1[,POS2]} with per-key options, fields split at blanks or by {@code -t}), numeric ({@code -n}), general numeric
 * ({@code -g}), human ({@code -h}), month ({@code -M}) and version ({@code -V}) order, {@code -b -d -f -i -r -u -s -c -C
 * -o -z}, the last-resort comparison of whole lines, and coreutils' own refusals. In busybox and alpine, the same
 * sorting behind busybox's options and words (its {@code -n} reads numbers as strtod does, {@code -V} is glibc's
 * strverscmp, {@code -u} keeps the first of equal keys in line order). Key extraction and comparison follow coreutils' sort.c (begfield,
 * limfield, keycompare, compare); the orders are in {@link SortOrders}.
 */
final class Sort {
    private static final Map<String, Character> LONGS = Map.ofEntries(Map.entry("ignore-leading-blanks", 'b'),
            Map.entry("check", 'c'), Map.entry("dictionary-order", 'd'), Map.entry("ignore-case", 'f'),
            Map.entry("general-numeric-sort", 'g'), Map.entry("human-numeric-sort", 'h'),
            Map.entry("ignore-nonprinting", 'i'), Map.entry("key=", 'k'), Map.entry("merge", 'm'),
            Map.entry("month-sort", 'M'), Map.entry("numeric-sort", 'n'), Map.entry("output=", 'o'),
            Map.entry("reverse", 'r'), Map.entry("stable", 's'), Map.entry("buffer-size=", 'S'),
            Map.entry("field-separator=", 't'), Map.entry("temporary-directory=", 'T'), Map.entry("unique", 'u'),
            Map.entry("version-sort", 'V'), Map.entry("zero-terminated", 'z'), Map.entry("parallel=", '\u0001'));

    /** A refusal of the command line, in the userland's words; exit status 2. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private Sort() {
    }

    static int run(Invocation call) {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        GnuOptions o;
        try {
            o = busybox ? GnuOptions.parse(call.args(), "nrughMcszbdfimV", "oktST", Map.of(), true)
                    : GnuOptions.parse(call.args(), "bcCdfghimMnrsuVz", "koStT", LONGS, true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 2);
        }
        SortKey global = new SortKey(busybox);
        List<SortKey> keys = new ArrayList<>();
        byte tab;
        try {
            for (Map.Entry<Character, String> option : o.inOrder()) {
                if (option.getKey() != 'k') {
                    global.set(option.getKey());
                }
            }
            for (String spec : o.values('k')) {
                keys.add(busybox ? SortKey.parseBusybox(spec) : SortKey.parse(spec));
            }
            tab = separator(o, busybox);
            for (SortKey key : keys) {
                key.inherit(global);
            }
            if (busybox) {
                global.checkBusybox();
            } else {
                global.checkCompatible();
                for (SortKey key : keys) {
                    key.checkCompatible();
                }
            }
        } catch (Refused | IllegalArgumentException e) {
            call.err().println(Quoting.inLocale(call, "sort: " + e.getMessage()));
            return 2;
        }
        if (keys.isEmpty()) {
            keys.add(global);
        }
        List<byte[]> lines = new ArrayList<>();
        byte end = o.has('z') ? 0 : (byte) '\n';
        for (String f : o.operands().isEmpty() ? List.of("-") : o.operands()) {
            try {
                split(Inputs.read(call, f), end, lines);
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                int status = DirectoryReadWords.SORT.report(call, f); // busybox: an empty file
                if (status != 0) {
                    return status;
                }
            } catch (IOException e) {
                call.err().println(busybox ? "sort: " + f + ": " + e.getMessage() : "sort: cannot read: " + f + ": " + e.getMessage());
                return 2;
            }
        }
        boolean stable = o.has('s');
        boolean unique = o.has('u');
        Comparator<byte[]> byKeys = (a, b) -> SortOrders.keyCompare(a, b, keys, tab);
        Comparator<byte[]> full = (a, b) -> {
            int diff = byKeys.compare(a, b);
            // GNU's -u keeps the first of equal keys in input order; busybox sorts them by the whole line first
            if (diff != 0 || (unique && !busybox) || stable) {
                return diff;
            }
            diff = SortOrders.bytes(a, 0, a.length, b, 0, b.length);
            return global.reverse ? -diff : diff;
        };
        if (o.has('c') || o.has('C')) {
            return check(call, lines, full, unique, o.has('C'), busybox, o.operands().isEmpty() ? "-" : o.operands().get(0));
        }
        lines.sort(full);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] previous = null;
        for (byte[] line : lines) {
            if (unique && previous != null && byKeys.compare(previous, line) == 0) {
                continue;
            }
            out.write(line, 0, line.length);
            out.write(end);
            previous = line;
        }
        return OutputOperand.write(call, o.value('o', null), out.toByteArray(), "sort: open failed: ", 2);
    }

    private static byte separator(GnuOptions o, boolean busybox) throws Refused {
        if (!o.has('t')) {
            return SortOrders.BLANKS;
        }
        String t = o.value('t', "");
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 1) {
            return bytes[0];
        }
        if (busybox) {
            throw new Refused("bad -t parameter");
        }
        if (t.equals("\\0")) {
            return 0;
        }
        throw new Refused(bytes.length == 0 ? "empty tab" : "multi-character tab " + Quoting.locale(t));
    }

    private static void split(byte[] data, byte end, List<byte[]> lines) {
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == end) {
                lines.add(java.util.Arrays.copyOfRange(data, start, i));
                start = i + 1;
            }
        }
        if (start < data.length) {
            lines.add(java.util.Arrays.copyOfRange(data, start, data.length));
        }
    }

    /** {@code -c}: the first line out of order, as GNU ({@code sort: FILE:N: disorder: LINE}) or busybox words it. */
    private static int check(Invocation call, List<byte[]> lines, Comparator<byte[]> order, boolean unique, boolean quiet,
                             boolean busybox, String file) {
        for (int i = 1; i < lines.size(); i++) {
            int diff = order.compare(lines.get(i - 1), lines.get(i));
            if (diff > 0 || (unique && diff == 0)) {
                if (busybox) {
                    call.err().println("Check line " + i);
                } else if (!quiet) {
                    call.err().println("sort: " + file + ":" + (i + 1) + ": disorder: "
                            + new String(lines.get(i), StandardCharsets.UTF_8));
                }
                return 1;
            }
        }
        return 0;
    }
}
