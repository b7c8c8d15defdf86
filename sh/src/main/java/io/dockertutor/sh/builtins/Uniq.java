package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code uniq [-c|-d|-D|-u] [-i] [-f N] [-s N] [-w N] [-z] [INPUT [OUTPUT]]} as GNU coreutils 9.1 (busybox: without
 * {@code -D} and long options): adjacent equal lines, compared after N fields ({@code -f}: blanks, then the field)
 * and N characters ({@code -s}), on at most N characters ({@code -w}).
 */
final class Uniq {
    private static final Map<String, Character> LONGS = Map.of("count", 'c', "repeated", 'd', "all-repeated", 'D',
            "unique", 'u', "ignore-case", 'i', "skip-fields=", 'f', "skip-chars=", 's', "check-chars=", 'w',
            "zero-terminated", 'z');

    private Uniq() {
    }

    static int run(Invocation call) {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        GnuOptions o;
        try {
            o = busybox ? GnuOptions.parse(call.args(), "cduiz", "fsw", Map.of(), true)
                    : GnuOptions.parse(call.args(), "cdDuiz", "fsw", LONGS, true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        int fields;
        int chars;
        int check;
        try {
            fields = count(o, 'f', "number of fields to skip", busybox);
            chars = count(o, 's', "number of bytes to skip", busybox);
            check = o.has('w') ? count(o, 'w', "number of bytes to compare", busybox) : Integer.MAX_VALUE;
        } catch (IllegalArgumentException e) {
            call.err().println(Quoting.inLocale(call, "uniq: " + e.getMessage()));
            return 1;
        }
        if (o.operands().size() > 2) {
            return Usage.fail(call, "extra operand " + Quoting.locale(call, o.operands().get(2)), 1);
        }
        if (o.has('c') && o.has('D')) {
            return Usage.fail(call, "printing all duplicated lines and repeat counts is meaningless", 1);
        }
        String input = o.operands().isEmpty() ? "-" : o.operands().get(0);
        byte end = o.has('z') ? 0 : (byte) '\n';
        List<byte[]> lines = new ArrayList<>();
        try {
            byte[] data = Inputs.read(call, input);
            int start = 0;
            for (int i = 0; i < data.length; i++) {
                if (data[i] == end) {
                    lines.add(Arrays.copyOfRange(data, start, i));
                    start = i + 1;
                }
            }
            if (start < data.length) {
                lines.add(Arrays.copyOfRange(data, start, data.length));
            }
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            return DirectoryReadWords.UNIQ.report(call, o.operands().isEmpty() ? null : input);
        } catch (IOException e) {
            call.err().println("uniq: " + input + ": " + e.getMessage());
            return 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            while (j < lines.size() && same(lines.get(i), lines.get(j), fields, chars, check, o.has('i'))) {
                j++;
            }
            int n = j - i;
            if (o.has('D')) {
                for (int k = i; n > 1 && k < j; k++) {
                    line(out, lines.get(k), end);
                }
            } else if ((!o.has('d') || n > 1) && (!o.has('u') || n == 1)) {
                if (o.has('c')) {
                    out.writeBytes(String.format("%7d ", n).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                line(out, lines.get(i), end);
            }
            i = j;
        }
        return OutputOperand.write(call, o.operands().size() == 2 ? o.operands().get(1) : null, out.toByteArray(), "uniq: ", 1);
    }

    private static void line(ByteArrayOutputStream out, byte[] line, byte end) {
        out.writeBytes(line);
        out.write(end);
    }

    private static int count(GnuOptions o, char option, String what, boolean busybox) {
        String value = o.value(option, "0");
        if (!value.matches("[0-9]+")) {
            throw new IllegalArgumentException(busybox ? "invalid number '" + value + "'"
                    : Quoting.locale(value) + ": invalid " + what);
        }
        return value.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(value);
    }

    /** Where the compared part of {@code line} begins: after {@code fields} fields, then {@code chars} characters. */
    private static int skip(byte[] line, int fields, int chars) {
        int i = 0;
        for (int f = 0; f < fields && i < line.length; f++) {
            while (i < line.length && (line[i] == ' ' || line[i] == '\t')) {
                i++;
            }
            while (i < line.length && line[i] != ' ' && line[i] != '\t') {
                i++;
            }
        }
        return (int) Math.min(line.length, (long) i + chars);
    }

    private static boolean same(byte[] a, byte[] b, int fields, int chars, int check, boolean ignoreCase) {
        int ta = skip(a, fields, chars);
        int tb = skip(b, fields, chars);
        int la = (int) Math.min(a.length, (long) ta + check);
        int lb = (int) Math.min(b.length, (long) tb + check);
        if (la - ta != lb - tb) {
            return false;
        }
        for (int k = 0; k < la - ta; k++) {
            int x = a[ta + k] & 0xff;
            int y = b[tb + k] & 0xff;
            if (ignoreCase) {
                x = x >= 'a' && x <= 'z' ? x - 32 : x;
                y = y >= 'a' && y <= 'z' ? y - 32 : y;
            }
            if (x != y) {
                return false;
            }
        }
        return true;
    }
}
