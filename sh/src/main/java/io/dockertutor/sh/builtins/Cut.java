package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code cut -b|-c|-f LIST [-d C] [-s] [-z] [--complement] [--output-delimiter=S] [FILE...]}, byte for byte as
 * coreutils' cut.c (which treats -c as -b: characters are bytes there too).
 */
final class Cut {
    private static final char COMPLEMENT = '\u0001';
    private static final char OUTPUT_DELIMITER = '\u0002';

    private final CutList list;
    private final boolean fields;
    private final byte delim;
    private final byte[] outputDelim;
    private final boolean explicitOutputDelim;
    private final boolean onlyDelimited;
    private final byte lineDelim;

    private Cut(CutList list, boolean fields, byte delim, byte[] outputDelim, boolean explicitOutputDelim,
                boolean onlyDelimited, byte lineDelim) {
        this.list = list;
        this.fields = fields;
        this.delim = delim;
        this.outputDelim = outputDelim;
        this.explicitOutputDelim = explicitOutputDelim;
        this.onlyDelimited = onlyDelimited;
        this.lineDelim = lineDelim;
    }

    static int run(Invocation call) throws IOException {
        boolean busybox = call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX;
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "nsz", "bcdf", Map.of("bytes=", 'b', "characters=", 'c',
                    "delimiter=", 'd', "fields=", 'f', "only-delimited", 's', "zero-terminated", 'z',
                    "complement", COMPLEMENT, "output-delimiter=", OUTPUT_DELIMITER), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        String spec = null;
        boolean byteMode = false;
        String delimiter = null;
        String outputDelimiter = null;
        for (Map.Entry<Character, String> opt : o.inOrder()) {
            char c = opt.getKey();
            String v = opt.getValue();
            if (c == 'b' || c == 'c' || c == 'f') {
                if (spec != null) {
                    // busybox shows its usage for a second list
                    return busybox ? BusyboxUsage.show(call) : Usage.fail(call, "only one list may be specified", 1);
                }
                byteMode = c != 'f';
                spec = v;
            } else if (c == 'd') {
                if (bytes(v).length > 1 && !busybox) {
                    return Usage.fail(call, "the delimiter must be a single character", 1);
                }
                delimiter = v;
            } else if (c == OUTPUT_DELIMITER) {
                outputDelimiter = v;
            }
        }
        if (spec == null) {
            return Usage.fail(call, busybox ? "expected a list of bytes, characters, or fields"
                    : "you must specify a list of bytes, characters, or fields", 1);
        }
        if (byteMode && delimiter != null) {
            return Usage.fail(call, busybox ? "a delimiter may be specified only when operating on fields"
                    : "an input delimiter may be specified only when operating on fields", 1);
        }
        if (byteMode && o.has('s')) {
            return Usage.fail(call, "suppressing non-delimited lines makes sense" + (busybox ? " " : "\n\t")
                    + "only when operating on fields", 1);
        }
        CutList list;
        try {
            list = CutList.parse(spec, byteMode, o.has(COMPLEMENT));
        } catch (CutList.InvalidList e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        // -d '' and --output-delimiter='' both mean the NUL byte
        byte delim = delimiter == null ? (byte) '\t' : delimiter.isEmpty() ? 0 : bytes(delimiter)[0];
        byte[] out = outputDelimiter == null ? new byte[] {delim}
                : outputDelimiter.isEmpty() ? new byte[] {0} : bytes(outputDelimiter);
        Cut cut = new Cut(list, !byteMode, delim, out, outputDelimiter != null, o.has('s'),
                o.has('z') ? 0 : (byte) '\n');
        int status = 0;
        for (String f : o.operands().isEmpty() ? List.of("-") : o.operands()) {
            try {
                call.out().write(cut.apply(Inputs.read(call, f)));
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                status = Math.max(status, DirectoryReadWords.CUT.report(call, f));
            } catch (IOException e) {
                call.out().flush();
                call.err().println("cut: " + Quoting.ifNeeded(f) + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] apply(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int start = 0;
        while (start < data.length) {
            int end = start;
            while (end < data.length && data[end] != lineDelim) {
                end++;
            }
            if (fields) {
                cutFields(data, start, end, out);
            } else {
                cutBytes(data, start, end, out);
            }
            start = end + 1;
        }
        return out.toByteArray();
    }

    private void cutBytes(byte[] data, int start, int end, ByteArrayOutputStream out) {
        boolean printed = false;
        for (int i = start; i < end; i++) {
            long position = i - start + 1;
            if (list.selects(position)) {
                if (explicitOutputDelim && printed && list.startsRange(position)) {
                    out.writeBytes(outputDelim);
                }
                printed = true;
                out.write(data[i]);
            }
        }
        out.write(lineDelim);
    }

    private void cutFields(byte[] data, int start, int end, ByteArrayOutputStream out) {
        boolean delimited = false;
        for (int i = start; i < end && !delimited; i++) {
            delimited = data[i] == delim;
        }
        if (!delimited) {
            if (!onlyDelimited) {
                out.write(data, start, end - start);
                out.write(lineDelim);
            }
            return;
        }
        boolean any = false;
        long field = 1;
        int fieldStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || data[i] == delim) {
                if (list.selects(field)) {
                    if (any) {
                        out.writeBytes(outputDelim);
                    }
                    any = true;
                    out.write(data, fieldStart, i - fieldStart);
                }
                field++;
                fieldStart = i + 1;
            }
        }
        out.write(lineDelim);
    }
}
