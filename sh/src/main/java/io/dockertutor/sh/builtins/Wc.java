package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU {@code wc}. Column width follows coreutils' compute_number_width: the digits of the regular files' total
 * size, at least 7 when stdin or a non-regular file is counted, and 1 for a single count of a single input. busybox's
 * is always 9 (recorded on 1.35), except for a single count of a single input.
 */
final class Wc {
    private Wc() {
    }

    private record Counts(long lines, long words, long chars, long bytes) {
    }

    static int run(Invocation call) {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "lwcm", "",
                    Map.of("lines", 'l', "words", 'w', "bytes", 'c', "chars", 'm'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        boolean any = o.has('l') || o.has('w') || o.has('c') || o.has('m');
        boolean l = !any || o.has('l');
        boolean w = !any || o.has('w');
        boolean m = o.has('m');
        boolean c = !any || o.has('c');
        int selected = (l ? 1 : 0) + (w ? 1 : 0) + (m ? 1 : 0) + (c ? 1 : 0);
        boolean implicitStdin = o.operands().isEmpty();
        List<String> files = implicitStdin ? List.of("-") : o.operands();
        int width = width(call, files, selected);
        int status = 0;
        long[] total = new long[4];
        List<String> out = new ArrayList<>();
        for (String f : files) {
            byte[] data;
            String label = implicitStdin ? "" : f;
            try {
                data = Inputs.read(call, f);
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                status = DirectoryReadWords.WC.report(call, implicitStdin ? null : f); // counted as empty
                data = new byte[0];
            } catch (IOException e) {
                call.err().println("wc: " + f + ": " + e.getMessage());
                status = 1;
                continue;
            }
            Counts k = count(data);
            total[0] += k.lines();
            total[1] += k.words();
            total[2] += k.chars();
            total[3] += k.bytes();
            out.add(format(k, l, w, m, c, width, label));
        }
        if (files.size() > 1) {
            out.add(format(new Counts(total[0], total[1], total[2], total[3]), l, w, m, c, width, "total"));
        }
        out.forEach(call.out()::println);
        return status;
    }

    private static int width(Invocation call, List<String> files, int selected) {
        if (call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
            return selected == 1 && files.size() == 1 ? 1 : 9; // busybox: " %9u", "%u" for one count of one input
        }
        if (files.size() == 1 && selected == 1) {
            return 1;
        }
        int minimum = 1;
        long regularTotal = 0;
        boolean firstFailed = false;
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i);
            if (f.equals("-")) {
                if (call.in() instanceof io.dockertutor.sh.RegularFileInput file) {
                    regularTotal += file.size(); // `wc < f`: fstat(0) finds a regular file
                } else {
                    minimum = 7;
                }
                continue;
            }
            try {
                Path p = call.resolve(f);
                if (!Files.exists(p)) {
                    firstFailed |= i == 0;
                } else if (Files.isRegularFile(p)) {
                    regularTotal += Files.size(p);
                } else {
                    minimum = 7;
                }
            } catch (OutsideViewException | IOException e) {
                firstFailed |= i == 0;
            }
        }
        if (firstFailed) {
            return 1;
        }
        int width = String.valueOf(regularTotal).length();
        return Math.max(width, minimum);
    }

    private static Counts count(byte[] data) {
        long lines = 0;
        long words = 0;
        boolean inWord = false;
        String text = new String(data, StandardCharsets.UTF_8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                lines++;
            }
            if (Character.isWhitespace(ch)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
        }
        return new Counts(lines, words, text.codePointCount(0, text.length()), data.length);
    }

    private static String format(Counts k, boolean l, boolean w, boolean m, boolean c, int width, String label) {
        List<String> cols = new ArrayList<>();
        String f = "%" + width + "d";
        if (l) {
            cols.add(String.format(f, k.lines()));
        }
        if (w) {
            cols.add(String.format(f, k.words()));
        }
        if (m) {
            cols.add(String.format(f, k.chars()));
        }
        if (c) {
            cols.add(String.format(f, k.bytes()));
        }
        String row = String.join(" ", cols);
        return label.isEmpty() ? row : row + " " + label;
    }
}
