package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GNU {@code grep} 3.8: -i -v -c -n -E -F -G -P -q -w -x -o -r -R -l -L -h -H -s -a -z -e -f, context (-A -B -C
 * and -NUM), -m, -b, -T, -Z, --label, --include/--exclude/--exclude-dir, -d/-D and --color. The lines themselves
 * are {@link GrepLines}'s. Exit 0 when a line was selected, 1 when none, 2 on an error (unless -q found a match).
 */
final class Grep {
    private static final char INCLUDE = '\u0001';
    private static final char EXCLUDE = '\u0002';
    private static final char EXCLUDE_DIR = '\u0003';
    private static final char LABEL = '\u0004';
    private static final char COLOR = '\u0005';
    private static final char GROUP_SEPARATOR = '\u0006';
    private static final char NO_GROUP_SEPARATOR = '\u0007';
    private static final char IGNORED = '\u0008';
    private static final Map<String, Character> LONGS = Map.ofEntries(
            Map.entry("ignore-case", 'i'), Map.entry("invert-match", 'v'), Map.entry("count", 'c'),
            Map.entry("line-number", 'n'), Map.entry("extended-regexp", 'E'), Map.entry("fixed-strings", 'F'),
            Map.entry("basic-regexp", 'G'), Map.entry("perl-regexp", 'P'),
            Map.entry("quiet", 'q'), Map.entry("silent", 'q'), Map.entry("word-regexp", 'w'),
            Map.entry("line-regexp", 'x'), Map.entry("only-matching", 'o'), Map.entry("recursive", 'r'),
            Map.entry("dereference-recursive", 'R'), Map.entry("files-with-matches", 'l'),
            Map.entry("files-without-match", 'L'), Map.entry("no-filename", 'h'), Map.entry("with-filename", 'H'),
            Map.entry("no-messages", 's'), Map.entry("text", 'a'), Map.entry("null-data", 'z'),
            Map.entry("regexp=", 'e'), Map.entry("file=", 'f'), Map.entry("after-context=", 'A'),
            Map.entry("before-context=", 'B'), Map.entry("context=", 'C'), Map.entry("max-count=", 'm'),
            Map.entry("byte-offset", 'b'), Map.entry("initial-tab", 'T'), Map.entry("null", 'Z'),
            Map.entry("binary", 'U'), Map.entry("directories=", 'd'), Map.entry("devices=", 'D'),
            Map.entry("include=", INCLUDE), Map.entry("exclude=", EXCLUDE), Map.entry("exclude-dir=", EXCLUDE_DIR),
            Map.entry("label=", LABEL), Map.entry("color=", COLOR), Map.entry("colour=", COLOR),
            Map.entry("group-separator=", GROUP_SEPARATOR), Map.entry("no-group-separator", NO_GROUP_SEPARATOR),
            Map.entry("line-buffered", IGNORED), Map.entry("no-ignore-case", IGNORED),
            Map.entry("binary-files=", IGNORED));
    private final Invocation call;
    private final GnuOptions o;
    private Pattern pattern;
    private GrepLines lines;
    private boolean matched;
    private boolean error;

    private Grep(Invocation call, GnuOptions o) {
        this.call = call;
        this.o = o;
    }

    static int run(Invocation call) throws IOException {
        GnuOptions o;
        try {
            boolean busybox = call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX;
            // busybox's applet has the short options of its usage line; GNU grep has more
            o = GnuOptions.parse(GrepArguments.normalized(call.args()), busybox ? "ivcnEFGqwxorRlLhHsPaz"
                    : "ivcnEFGqwxorRlLhHsPazbTZUyI", busybox ? "efABCm" : "efABCmdD", LONGS, true);
        } catch (GnuOptions.UsageException e) {
            if (call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
                return BusyboxUsage.refuse(call, e.getMessage());
            }
            call.err().println("grep: " + e.getMessage());
            call.err().println("Usage: grep [OPTION]... PATTERNS [FILE]...");
            call.err().println("Try 'grep --help' for more information.");
            return 2;
        }
        return new Grep(call, o).search();
    }

    private int search() throws IOException {
        List<String> operands = new ArrayList<>(o.operands());
        List<String> patterns = new ArrayList<>(o.values('e'));
        for (String file : o.values('f')) {
            try {
                patterns.addAll(Inputs.lines(Inputs.read(call, file)));
            } catch (IOException e) {
                call.err().println("grep: " + file + ": " + e.getMessage()); // Inputs.read words it
                return 2;
            }
        }
        if (patterns.isEmpty() && !o.has('f')) {
            if (operands.isEmpty()) {
                if (call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
                    return BusyboxUsage.show(call);
                }
                call.err().println("Usage: grep [OPTION]... PATTERNS [FILE]...");
                call.err().println("Try 'grep --help' for more information.");
                return 2;
            }
            patterns.add(operands.remove(0));
        }
        GrepArguments.Settings settings;
        try {
            settings = GrepArguments.settings(o, COLOR, GROUP_SEPARATOR, NO_GROUP_SEPARATOR);
            pattern = patterns.isEmpty() ? Pattern.compile("(?!)")
                    : GrepPattern.compile(patterns, o.has('E') || o.has('P'), o.has('F'), o.has('w'), o.has('x'),
                    o.has('i') || o.has('y'));
        } catch (GrepPattern.Invalid e) {
            call.err().println("grep: " + e.getMessage());
            return 2;
        }
        boolean recursive = o.has('r') || o.has('R') || o.value('d', "").equals("recurse");
        boolean implicitDot = recursive && operands.isEmpty();
        if (operands.isEmpty()) {
            operands.add(recursive ? "." : "-");
        }
        boolean withNames = !o.has('h') && (o.has('H') || operands.size() > 1 || recursive);
        lines = new GrepLines(o, pattern, settings.before(), settings.after(), settings.maxCount(), settings.color(),
                settings.groupSeparator(), withNames);
        for (String f : operands) {
            if (o.has('q') && matched) {
                break;
            }
            if (f.equals("-")) {
                byte[] input;
                try {
                    input = call.in().readAllBytes();
                } catch (io.dockertutor.sh.DirectoryReadException e) {
                    directory(o.value(LABEL, "(standard input)"));
                    continue;
                }
                grepText(input, o.value(LABEL, "(standard input)"));
                continue;
            }
            if (Inputs.isDevice(call, f, "/dev/null")) {
                continue;
            }
            try {
                Path p = call.resolve(f);
                if (Files.isDirectory(p)) {
                    if (recursive) {
                        walk(p, implicitDot ? "" : f);
                    } else if (!o.value('d', "read").equals("skip")) {
                        directory(f);
                    }
                    continue;
                }
                if (GrepArguments.wanted(o.values(INCLUDE), o.values(EXCLUDE), f)) {
                    grepText(Files.readAllBytes(p), f);
                }
            } catch (OutsideViewException e) {
                complain(f, call.reason(e));
            } catch (IOException e) {
                complain(f, Errors.describe(e));
            }
        }
        if (o.has('q') && matched) {
            return 0;
        }
        return error ? 2 : matched ? 0 : 1;
    }

    /** A directory read as a file: GNU's grep says so (status 2); busybox's reads it as an empty file. */
    private void directory(String shown) {
        if (call.shell().userland() != io.dockertutor.sh.Userland.BUSYBOX) {
            complain(shown, "Is a directory");
        }
    }

    private void complain(String f, String reason) {
        error = true;
        if (!o.has('s')) {
            call.err().println("grep: " + f + ": " + reason);
        }
    }

    private void walk(Path dir, String shown) throws IOException {
        for (Path child : LinkSafeTrees.children(dir)) {
            String name = child.getFileName().toString();
            String childShown = shown.isEmpty() ? name : shown.endsWith("/") ? shown + name : shown + "/" + name;
            if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (GrepArguments.none(o.values(EXCLUDE_DIR), name)) {
                    walk(child, childShown);
                }
            } else if (Files.isRegularFile(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && GrepArguments.wanted(o.values(INCLUDE), o.values(EXCLUDE), name)) {
                grepText(Files.readAllBytes(child), childShown);
            }
        }
    }

    private static List<String> nulRecords(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        List<String> records = new ArrayList<>(List.of(text.split("\0", -1)));
        if (!records.isEmpty() && records.get(records.size() - 1).isEmpty()) {
            records.remove(records.size() - 1);
        }
        return records;
    }

    private void grepText(byte[] data, String label) {
        List<String> records = o.has('z') ? nulRecords(data) : Inputs.lines(data);
        StringBuilder out = new StringBuilder();
        if (lines.search(records, label, out) > 0) {
            matched = true;
        }
        if (!o.has('q')) {
            call.out().print(out);
        }
    }
}
