package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code head} and {@code tail} (-n N, -N, -c N, tail's +N); {@code tail -f} prints what is there and ends. */
final class HeadTail {
    private HeadTail() {
    }

    static int head(Invocation call) throws IOException {
        return run(call, true);
    }

    static int tail(Invocation call) throws IOException {
        return run(call, false);
    }

    private static int run(Invocation call, boolean head) throws IOException {
        String name = call.name();
        GnuOptions o;
        try {
            o = GnuOptions.parse(Inputs.legacyCount(call.args()), "fFqv", "nc",
                    Map.of("lines=", 'n', "bytes=", 'c', "follow", 'f', "quiet", 'q', "verbose", 'v'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        boolean bytes = o.has('c') && !o.has('n');
        String count = bytes ? o.value('c', "10") : o.value('n', "10");
        boolean fromStart = !head && count.startsWith("+");
        boolean allBut = head && count.startsWith("-");
        String digits = count.replaceFirst("^[+-]", "");
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            call.err().println(call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX
                    ? name + ": invalid number '" + count + "'"
                    : name + ": invalid number of " + (bytes ? "bytes" : "lines") + ": " + Quoting.locale(call, count));
            return 1;
        }
        List<String> files = o.operands().isEmpty() ? List.of("-") : o.operands();
        boolean headers = (files.size() > 1 || o.has('v')) && !o.has('q');
        int status = 0;
        boolean first = true;
        int opened = 0;
        for (String f : files) {
            byte[] data;
            try {
                data = Inputs.read(call, f);
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                status = (head ? DirectoryReadWords.HEAD : DirectoryReadWords.TAIL).report(call, f);
                opened++;
                continue;
            } catch (IOException e) {
                (head ? AppletFileErrors.OPEN_FOR_READING : AppletFileErrors.OPEN_TO_FOLLOW).print(call, name, f, e.getMessage());
                status = 1;
                continue;
            }
            opened++;
            if (headers) {
                call.out().print((first ? "" : "\n") + "==> " + (f.equals("-") ? "standard input" : f) + " <==\n");
            }
            first = false;
            if (bytes) {
                int len = data.length;
                int from = head ? 0 : fromStart ? (int) Math.min(len, Math.max(0, n - 1)) : (int) Math.max(0, len - n);
                int to = head ? (allBut ? (int) Math.max(0, len - n) : (int) Math.min(len, n)) : len;
                call.out().write(data, from, Math.max(0, to - from));
                continue;
            }
            List<String> lines = Inputs.linesWithEnds(data);
            int size = lines.size();
            int from;
            int to;
            if (head) {
                from = 0;
                to = allBut ? (int) Math.max(0, size - n) : (int) Math.min(size, n);
            } else {
                from = fromStart ? (int) Math.min(size, Math.max(0, n - 1)) : (int) Math.max(0, size - n);
                to = size;
            }
            StringBuilder sb = new StringBuilder();
            for (String line : lines.subList(from, Math.max(from, to))) {
                sb.append(line);
            }
            call.out().write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (!head && opened == 0 && call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
            call.err().println(name + ": no files"); // busybox tail gives up when it could open none
        }
        return status;
    }
}
