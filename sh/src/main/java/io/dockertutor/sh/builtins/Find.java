package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Glob;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * {@code find [PATH]... [EXPR]}: the names under each path (the current directory by default) that pass every test,
 * a directory before what it holds, entries in name order. Tests: {@code -name}, {@code -iname}, {@code -path},
 * {@code -type f|d|l}, {@code -empty}, {@code -maxdepth}, {@code -mindepth}; {@code -print} is the action.
 */
final class Find {
    /** Predicates real find has that the tutor does not model: said so, rather than called unknown. */
    private static final Set<String> UNMODELLED = Set.of("-exec", "-execdir", "-ok", "-delete", "-size", "-mtime", "-mmin",
            "-atime", "-amin", "-ctime", "-cmin", "-newer", "-perm", "-user", "-group", "-links", "-inum", "-regex",
            "-iregex", "-prune", "-print0", "-printf", "-ls", "-o", "-or", "-a", "-and", "!", "-not", "(", ")", "-quit",
            "-executable", "-samefile", "-xdev", "-depth", "-follow", "-L", "-H", "-ipath");

    private final Invocation call;
    private final List<BiPredicate<String, Path>> tests = new ArrayList<>();
    private int maxDepth = Integer.MAX_VALUE;
    private int minDepth;
    private int status;

    private Find(Invocation call) {
        this.call = call;
    }

    static int run(Invocation call) {
        return new Find(call).find();
    }

    private int find() {
        List<String> args = call.args();
        List<String> paths = new ArrayList<>();
        int i = 0;
        while (i < args.size() && (!args.get(i).startsWith("-") || args.get(i).equals("-")) && !args.get(i).equals("!")
                && !args.get(i).equals("(")) {
            paths.add(args.get(i++));
        }
        for (; i < args.size(); i++) {
            String p = args.get(i);
            if (p.equals("-print")) {
                continue;
            }
            if (p.equals("-empty")) {
                tests.add((name, path) -> empty(path));
                continue;
            }
            if (UNMODELLED.contains(p)) {
                call.err().println(call.shell().messages().format("find.notModelled", "find", p));
                return 1;
            }
            if (!Set.of("-name", "-iname", "-path", "-wholename", "-type", "-maxdepth", "-mindepth").contains(p)) {
                return refuse(call.shell().userland() == Userland.BUSYBOX ? "unrecognized: " + p : "unknown predicate `" + p + "'");
            }
            if (i + 1 >= args.size()) {
                return refuse(call.shell().userland() == Userland.BUSYBOX ? "" : "missing argument to `" + p + "'");
            }
            String value = args.get(++i);
            switch (p) {
                case "-name" -> tests.add((name, path) -> Glob.matches(value, base(name)));
                case "-iname" -> tests.add((name, path) -> Glob.matches(value.toLowerCase(Locale.ROOT), base(name).toLowerCase(Locale.ROOT)));
                case "-path", "-wholename" -> tests.add((name, path) -> Glob.matches(value, name));
                case "-type" -> {
                    if (!Set.of("f", "d", "l").contains(value)) {
                        return refuse(call.shell().userland() == Userland.BUSYBOX ? "" : "Unknown argument to -type: " + value);
                    }
                    tests.add((name, path) -> type(path, value));
                }
                default -> {
                    if (!value.matches("[0-9]+")) {
                        return refuse(call.shell().userland() == Userland.BUSYBOX ? "invalid number '" + value + "'"
                                : "Expected a positive decimal integer argument to " + p + ", but got ‘" + value + "’");
                    }
                    if (p.equals("-maxdepth")) {
                        maxDepth = Integer.parseInt(value);
                    } else {
                        minDepth = Integer.parseInt(value);
                    }
                }
            }
        }
        if (paths.isEmpty()) {
            paths.add(".");
        }
        for (String start : paths) {
            Path p;
            try {
                p = call.resolve(start);
            } catch (OutsideViewException e) {
                noSuch(start, call.reason(e));
                continue;
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                noSuch(start, "No such file or directory");
                continue;
            }
            walk(start, p, 0);
        }
        return status;
    }

    private void walk(String name, Path path, int depth) {
        if (depth >= minDepth && tests.stream().allMatch(t -> t.test(name, path))) {
            call.out().println(name);
        }
        if (depth >= maxDepth || !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> children;
        try {
            children = new ArrayList<>(LinkSafeTrees.children(path));
        } catch (IOException e) {
            noSuch(name, Errors.describe(e));
            return;
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path child : children) {
            walk((name.endsWith("/") ? name : name + "/") + child.getFileName(), child, depth + 1);
        }
    }

    private void noSuch(String name, String reason) {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        call.err().println("find: " + (busybox ? name : Quoting.locale(name)) + ": " + reason);
        status = 1;
    }

    private int refuse(String problem) {
        if (call.shell().userland() == Userland.BUSYBOX) {
            return problem.isEmpty() ? BusyboxUsage.show(call) : BusyboxUsage.refuse(call, problem);
        }
        call.err().println("find: " + problem);
        return 1;
    }

    private static String base(String name) {
        String s = name.length() > 1 && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return s.equals("/") ? s : s.substring(s.lastIndexOf('/') + 1);
    }

    private static boolean type(Path path, String type) {
        return switch (type) {
            case "d" -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
            case "l" -> Files.isSymbolicLink(path);
            default -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
        };
    }

    private static boolean empty(Path path) {
        try {
            return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? LinkSafeTrees.children(path).isEmpty() : Files.size(path) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
