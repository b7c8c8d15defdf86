package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU {@code ls} (and busybox's, with its fixed long columns) as it prints to a pipe: one name per line, byte order;
 * {@code -a -A -l -n -g -1 -R -d -r -t -S -p -F -h}. Files named
 * on the command line come first, then each directory under a {@code name:} header when there are several.
 */
final class Ls {
    private final Invocation call;
    private final GnuOptions o;
    private boolean printedSomething;
    private int status;

    private Ls(Invocation call, GnuOptions o) {
        this.call = call;
        this.o = o;
    }

    static int run(Invocation call) throws IOException {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "aAl1RdrhFgntSp", "", Map.of("all", 'a', "almost-all", 'A',
                    "recursive", 'R', "directory", 'd', "reverse", 'r', "human-readable", 'h', "numeric-uid-gid", 'n'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 2);
        }
        return new Ls(call, o).list();
    }

    private record Entry(String name, Path path) {
    }

    private int list() throws IOException {
        List<String> operands = o.operands().isEmpty() ? List.of(".") : o.operands();
        List<Entry> files = new ArrayList<>();
        List<Entry> dirs = new ArrayList<>();
        for (String op : operands) {
            try {
                // ls -l, -d and -F show a link named on the command line itself, plain ls lists where it leads
                Path p = longListing() || o.has('d') || o.has('F') ? call.resolveEntry(op) : call.resolve(op);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    AppletFileErrors.ACCESS.print(call, "ls", op, "No such file or directory");
                    status = troubleStatus();
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !o.has('d')) {
                    dirs.add(new Entry(op, p));
                } else {
                    files.add(new Entry(op, p));
                }
            } catch (OutsideViewException e) {
                AppletFileErrors.ACCESS.print(call, "ls", op, call.reason(e));
                status = troubleStatus();
            }
        }
        sort(files);
        sort(dirs);
        if (!files.isEmpty()) {
            print(files, false);
            printedSomething = true;
        }
        boolean headers = operands.size() > 1 || o.has('R');
        for (Entry d : dirs) {
            listDirectory(d.name(), d.path(), headers);
        }
        return status;
    }

    private boolean longListing() {
        return o.has('l') || o.has('g') || o.has('n');
    }

    private void sort(List<Entry> entries) {
        entries.sort((a, b) -> Bytewise.compare(a.name(), b.name()));
        if (o.has('t') || o.has('S')) {
            // newest first (-t) or largest first (-S); names break ties
            java.util.Comparator<Entry> key = o.has('S')
                    ? java.util.Comparator.comparingLong((Entry e) -> sizeOf(e.path())).reversed()
                    : java.util.Comparator.comparing((Entry e) -> modified(e.path())).reversed();
            entries.sort(key);
        }
        if (o.has('r')) {
            java.util.Collections.reverse(entries);
        }
    }

    private void listDirectory(String name, Path dir, boolean header) throws IOException {
        if (printedSomething) {
            call.out().println();
        }
        printedSomething = true;
        if (header) {
            call.out().println(name + ":");
        }
        List<Entry> entries = new ArrayList<>();
        List<Path> children;
        try {
            children = LinkSafeTrees.children(dir);
        } catch (IOException e) {
            AppletFileErrors.OPEN_DIRECTORY.print(call, "ls", name, Errors.describe(e));
            status = troubleStatus();
            return;
        }
        if (o.has('a')) {
            entries.add(new Entry(".", dir));
            entries.add(new Entry("..", dir.getParent() == null ? dir : dir.getParent()));
        }
        for (Path child : children) {
            String n = child.getFileName().toString();
            if (n.startsWith(".") && !o.has('a') && !o.has('A')) {
                continue;
            }
            entries.add(new Entry(n, child));
        }
        sort(entries);
        print(entries, true);
        if (o.has('R')) {
            for (Entry e : entries) {
                if (!e.name().equals(".") && !e.name().equals("..")
                        && Files.isDirectory(e.path(), LinkOption.NOFOLLOW_LINKS)) {
                    listDirectory(name.endsWith("/") ? name + e.name() : name + "/" + e.name(), e.path(), true);
                }
            }
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private void print(List<Entry> entries, boolean withTotal) {
        if (!longListing()) {
            for (Entry e : entries) {
                String mark = o.has('F') ? classify(e.path())
                        : o.has('p') && Files.isDirectory(e.path(), LinkOption.NOFOLLOW_LINKS) ? "/" : "";
                call.out().println(e.name() + mark);
            }
            return;
        }
        List<LongFormat.Row> rows = new ArrayList<>();
        long blocks = 0;
        for (Entry e : entries) {
            LongFormat.Row row = LongFormat.row(e.name(), e.path(), o.has('h'));
            rows.add(row);
            blocks += row.blocks();
        }
        if (withTotal) {
            call.out().println("total " + (o.has('h') ? LongFormat.human(blocks * 1024) : String.valueOf(blocks)));
        }
        if (call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
            LongFormat.printBusybox(rows, call.out(), !o.has('g'), o.has('n'));
        } else if (o.has('n')) {
            List<LongFormat.Row> numeric = new ArrayList<>();
            rows.forEach(r -> numeric.add(new LongFormat.Row(r.mode(), r.links(), LongFormat.ids(r.owner()),
                    LongFormat.ids(r.group()), r.size(), r.date(), r.name(), r.blocks())));
            LongFormat.print(numeric, call.out(), !o.has('g'));
        } else {
            LongFormat.print(rows, call.out(), !o.has('g'));
        }
    }

    /** {@code ls -F}'s mark, read without following a link (a link's target may lie outside the view). */
    private static String classify(Path p) {
        if (Files.isSymbolicLink(p)) {
            return "@";
        }
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "";
    }

    /** GNU ls exits 2 when an operand is missing or unreadable ("serious trouble"), busybox 1 as for any failure. */
    private int troubleStatus() {
        return call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX ? 1 : 2;
    }
}
