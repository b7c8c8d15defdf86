package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code od [-c | -b | -o] [FILE...]}: 16 bytes a line after a seven-digit octal offset, as characters ({@code -c},
 * C escapes and three-digit octal for the rest), octal bytes ({@code -b}) or, by default, octal two-byte words in
 * the machine's little-endian order; a line equal to the one before is a single {@code *}; the last line is the
 * offset of the end. coreutils and busybox print these alike.
 */
final class Od {
    private Od() {
    }

    static int run(Invocation call) throws IOException {
        char format = 'o';
        List<String> files = new ArrayList<>();
        for (String a : call.args()) {
            if (a.matches("-[cbo]")) {
                format = a.charAt(1);
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int status = 0;
        for (String f : files.isEmpty() ? List.of("-") : files) {
            try {
                all.write(Inputs.read(call, f));
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                status = DirectoryReadWords.OD.report(call, f);
            } catch (IOException e) {
                call.err().println("od: " + f + ": " + e.getMessage());
                status = 1;
            }
        }
        byte[] data = all.toByteArray();
        byte[] previous = null;
        boolean starred = false;
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < data.length; at += 16) {
            byte[] line = Arrays.copyOfRange(data, at, Math.min(data.length, at + 16));
            if (previous != null && line.length == 16 && Arrays.equals(line, previous)) {
                if (!starred) {
                    out.append("*\n");
                    starred = true;
                }
                continue;
            }
            starred = false;
            previous = line;
            out.append(String.format("%07o", at)).append(fields(line, format)).append('\n');
        }
        out.append(String.format("%07o", data.length)).append('\n');
        call.out().print(out);
        return status;
    }

    private static String fields(byte[] line, char format) {
        StringBuilder sb = new StringBuilder();
        if (format == 'o') {
            for (int i = 0; i < line.length; i += 2) {
                int word = (line[i] & 0xff) | (i + 1 < line.length ? (line[i + 1] & 0xff) << 8 : 0);
                sb.append(String.format(" %06o", word));
            }
            return sb.toString();
        }
        for (byte b : line) {
            int v = b & 0xff;
            sb.append(format == 'b' ? String.format(" %03o", v) : String.format("%4s", character(v)));
        }
        return sb.toString();
    }

    private static String character(int v) {
        String named = v == 0 ? "\\0" : Escapes.named(v);
        if (named != null) {
            return named;
        }
        return v >= 0x20 && v < 0x7f ? String.valueOf((char) v) : String.format("%03o", v);
    }
}
