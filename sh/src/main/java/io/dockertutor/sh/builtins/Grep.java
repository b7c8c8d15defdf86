package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU {@code grep}: -i -v -c -n -E -F -q -w -x -o -r -l -L -h -H -s -e. Exit 0 when a line was selected,
 * 1 when none, 2 on an error (unless -q found a match).
 */
final class Grep {
    private final Invocation call;
    private final GnuOptions o;
    private Pattern pattern;
    private boolean withNames;
    private boolean matched;
    private boolean error;

    private Grep(Invocation call, GnuOptions o) {
        this.call = call;
        this.o = o;
    }

    static int run(Invocation call) throws IOException {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "ivcnEFGqwxorRlLhHsPaz", "ef", Map.ofEntries(
                    Map.entry("ignore-case", 'i'), Map.entry("invert-match", 'v'), Map.entry("count", 'c'),
                    Map.entry("line-number", 'n'), Map.entry("extended-regexp", 'E'), Map.entry("fixed-strings", 'F'),
                    Map.entry("quiet", 'q'), Map.entry("silent", 'q'), Map.entry("word-regexp", 'w'),
                    Map.entry("line-regexp", 'x'), Map.entry("only-matching", 'o'), Map.entry("recursive", 'r'),
                    Map.entry("files-with-matches", 'l'), Map.entry("no-filename", 'h'),
                    Map.entry("with-filename", 'H'), Map.entry("regexp=", 'e')), true);
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
        if (patterns.isEmpty()) {
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
        try {
            pattern = GrepPattern.compile(patterns, o.has('E') || o.has('P'), o.has('F'), o.has('w'), o.has('x'),
                    o.has('i'));
        } catch (GrepPattern.Invalid e) {
            call.err().println("grep: " + e.getMessage());
            return 2;
        }
        boolean recursive = o.has('r') || o.has('R');
        boolean implicitDot = recursive && operands.isEmpty();
        if (operands.isEmpty()) {
            operands.add(recursive ? "." : "-");
        }
        withNames = !o.has('h') && (o.has('H') || operands.size() > 1 || recursive);
        for (String f : operands) {
            if (o.has('q') && matched) {
                break;
            }
            if (f.equals("-")) {
                grepText(call.in().readAllBytes(), "(standard input)");
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
                    } else {
                        complain(f, "Is a directory");
                    }
                    continue;
                }
                grepText(Files.readAllBytes(p), f);
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
                walk(child, childShown);
            } else if (Files.isRegularFile(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
        String prefix = withNames ? label + ":" : "";
        int count = 0;
        int lineNo = 0;
        StringBuilder out = new StringBuilder();
        char end = o.has('z') ? '\0' : '\n';
        List<String> records = o.has('z') ? nulRecords(data) : Inputs.lines(data);
        for (String line : records) {
            lineNo++;
            Matcher m = pattern.matcher(line);
            boolean found = m.find();
            if (found == o.has('v')) {
                continue;
            }
            count++;
            matched = true;
            if (o.has('q') || o.has('l') || o.has('L')) {
                break;
            }
            if (o.has('c')) {
                continue;
            }
            String lead = prefix + (o.has('n') ? lineNo + ":" : "");
            if (o.has('o') && !o.has('v')) {
                do {
                    if (m.end() > m.start()) {
                        out.append(lead).append(m.group()).append(end);
                    }
                } while (m.find());
            } else {
                out.append(lead).append(line).append(end);
            }
        }
        if (o.has('q')) {
            return;
        }
        if (o.has('l')) {
            if (count > 0) {
                out.append(label).append('\n');
            }
        } else if (o.has('L')) {
            if (count == 0) {
                out.append(label).append('\n');
            }
        } else if (o.has('c')) {
            out.append(prefix).append(count).append('\n');
        }
        call.out().print(out);
    }
}
