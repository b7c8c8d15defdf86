package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code base64 [-d] [-w COLS] [FILE]}: encodes in lines of 76 characters (none with {@code -w 0}), or decodes,
 * ignoring newlines. Bad input: coreutils says "invalid input" (status 1); busybox stops quietly.
 */
final class Base64Program {
    private Base64Program() {
    }

    static int run(Invocation call) {
        boolean decode = false;
        int width = 76;
        List<String> files = new ArrayList<>();
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-d") || a.equals("--decode") || a.equals("-di") || a.equals("-i")) {
                decode |= a.contains("d");
            } else if (a.equals("-w") && i + 1 < args.size() && args.get(i + 1).matches("\\d+")) {
                width = Integer.parseInt(args.get(++i));
            } else if (a.matches("-w\\d+|--wrap=\\d+")) {
                width = Integer.parseInt(a.replaceAll("\\D", ""));
            } else if (a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                files.add(a);
            }
        }
        if (files.size() > 1) {
            return Usage.fail(call, "extra operand ‘" + files.get(1) + "’", 1);
        }
        String file = files.isEmpty() ? "-" : files.get(0);
        byte[] data;
        try {
            data = Inputs.read(call, file);
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            return DirectoryReadWords.BASE64.report(call, file);
        } catch (IOException e) {
            call.err().println("base64: " + file + ": " + e.getMessage());
            return 1;
        }
        if (decode) {
            String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("[\\n\\r]", "");
            try {
                call.out().write(Base64.getDecoder().decode(text), 0, Base64.getDecoder().decode(text).length);
                return 0;
            } catch (IllegalArgumentException e) {
                if (call.shell().userland() == Userland.BUSYBOX) {
                    return 0;
                }
                call.err().println("base64: invalid input");
                return 1;
            }
        }
        String encoded = Base64.getEncoder().encodeToString(data);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i += width == 0 ? encoded.length() : width) {
            int end = width == 0 ? encoded.length() : Math.min(encoded.length(), i + width);
            out.append(encoded, i, end);
            if (width != 0) {
                out.append('\n');
            }
        }
        call.out().print(out);
        return 0;
    }
}
