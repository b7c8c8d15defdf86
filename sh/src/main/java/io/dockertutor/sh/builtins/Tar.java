package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU {@code tar} 1.34 (Debian 12) as a learner pipes docker's archives through it: {@code -c}, {@code -t},
 * {@code -x} with {@code -f FILE} or standard input and output (the default archive, {@code -f -}), {@code -v},
 * {@code -C DIR}, {@code -z}, {@code -O}, {@code --strip-components}, the old style ({@code tar cvf x.tar dir}) and
 * the long names. Every file goes through the session's file view: extraction never leaves it (see
 * {@link TarExtraction}). Errors are GNU's words and status 2; a usage error is status 64, as argp exits.
 */
final class Tar {
    /** The letters of GNU's old style that take the next argument ({@code tar cfC x.tar dir}). */
    private static final String OLD_STYLE_VALUED = "fCbHKLNgTVX";
    static final char STRIP = '\u0001';
    private static final Map<String, Character> LONGS = Map.ofEntries(
            Map.entry("create", 'c'), Map.entry("extract", 'x'), Map.entry("get", 'x'), Map.entry("list", 't'),
            Map.entry("file=", 'f'), Map.entry("directory=", 'C'), Map.entry("verbose", 'v'),
            Map.entry("gzip", 'z'), Map.entry("gunzip", 'z'), Map.entry("ungzip", 'z'),
            Map.entry("to-stdout", 'O'), Map.entry("preserve-permissions", 'p'), Map.entry("same-permissions", 'p'),
            Map.entry("strip-components=", STRIP));

    private Tar() {
    }

    static int run(Invocation call) throws IOException {
        GnuOptions o;
        try {
            o = GnuOptions.parse(oldStyle(call.args()), "cxtvzpO", "fC", LONGS, true);
        } catch (GnuOptions.UsageException e) {
            return usage(call, e.getMessage(), 64);
        }
        char operation = 0;
        for (Map.Entry<Character, String> option : o.inOrder()) {
            if ("cxt".indexOf(option.getKey()) >= 0) {
                if (operation != 0 && operation != option.getKey()) {
                    return usage(call, "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option", 2);
                }
                operation = option.getKey();
            }
        }
        if (operation == 0) {
            return usage(call, "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options", 2);
        }
        int strip;
        try {
            strip = Integer.parseInt(o.value(STRIP, "0"));
        } catch (NumberFormatException e) {
            return usage(call, o.value(STRIP, "") + ": Invalid number of elements", 2);
        }
        TarRun run = new TarRun(call, o.value('f', "-"), o.value('C', null), o.has('v'), o.has('z'), strip);
        try {
            return switch (operation) {
                case 'c' -> {
                    if (o.operands().isEmpty()) {
                        yield usage(call, "Cowardly refusing to create an empty archive", 2);
                    }
                    yield new TarCreation(run).create(o.operands());
                }
                case 't' -> new TarReading(run).list(o.operands());
                default -> new TarExtraction(run, o.has('O')).extract(o.operands());
            };
        } catch (TarRun.Fatal e) {
            call.err().println("tar: " + e.getMessage());
            call.err().println("tar: Error is not recoverable: exiting now");
            return 2;
        }
    }

    private static int usage(Invocation call, String message, int status) {
        call.err().println("tar: " + message);
        call.err().println("Try 'tar --help' or 'tar --usage' for more information.");
        return status;
    }

    /**
     * GNU's old style: a first argument without a dash is a cluster of letters, each letter that takes a value
     * taking the next argument in turn ({@code cvf x.tar dir} is {@code -c -v -f x.tar dir}).
     */
    static List<String> oldStyle(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            return args;
        }
        List<String> out = new ArrayList<>();
        int next = 1;
        for (char c : args.get(0).toCharArray()) {
            out.add("-" + c);
            if (OLD_STYLE_VALUED.indexOf(c) >= 0 && next < args.size()) {
                out.add(args.get(next++));
            }
        }
        out.addAll(args.subList(next, args.size()));
        return out;
    }
}
