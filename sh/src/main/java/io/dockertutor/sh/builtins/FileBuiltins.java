package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

/** cat, mkdir, touch, rm, cp and mv, with coreutils' messages (C.UTF-8 quoting, where ‘x’ differs from 'x'). */
final class FileBuiltins {
    private FileBuiltins() {
    }

    static int cat(Invocation call) throws IOException {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "nEAsuv", "", Map.of("number", 'n', "show-ends", 'E'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        List<String> files = o.operands().isEmpty() ? List.of("-") : o.operands();
        int status = 0;
        LineNumbering numbering = o.has('n') || o.has('E') ? new LineNumbering(o.has('n'), o.has('E') || o.has('A')) : null;
        for (String f : files) {
            if (f.equals("-") || Inputs.isDevice(call, f, "/dev/stdin")) {
                try {
                    copy(call.in(), call, numbering);
                } catch (io.dockertutor.sh.DirectoryReadException e) {
                    status = DirectoryReadWords.CAT.report(call, f);
                }
                continue;
            }
            if (Inputs.isDevice(call, f, "/dev/null")) {
                continue;
            }
            try {
                Path p = call.resolve(f);
                if (Files.isDirectory(p)) {
                    status = DirectoryReadWords.CAT.report(call, f);
                    continue;
                }
                try (InputStream in = Files.newInputStream(p)) {
                    copy(in, call, numbering);
                }
            } catch (OutsideViewException e) {
                AppletFileErrors.READ.print(call, "cat", f, call.reason(e));
                status = 1;
            } catch (IOException e) {
                AppletFileErrors.READ.print(call, "cat", f, Errors.describe(e));
                status = 1;
            }
        }
        return status;
    }

    /** State for {@code cat -n}: numbering continues across files. */
    private static final class LineNumbering {
        final boolean number;
        final boolean ends;
        int line = 1;
        boolean atStart = true;

        LineNumbering(boolean number, boolean ends) {
            this.number = number;
            this.ends = ends;
        }
    }

    private static void copy(InputStream in, Invocation call, LineNumbering n) throws IOException {
        if (n == null) {
            in.transferTo(call.out());
            return;
        }
        byte[] data = in.readAllBytes();
        for (byte b : data) {
            if (n.atStart && n.number) {
                call.out().print(String.format("%6d\t", n.line++));
            }
            n.atStart = b == '\n';
            if (b == '\n' && n.ends) {
                call.out().write('$');
            }
            call.out().write(b);
        }
    }

    /**
     * busybox {@code mkdir -p} makes the components one by one and names the one it could not make as far as it had
     * got, its slash included: {@code mkdir: can't create directory '/e/': Permission denied} for {@code /e/f}.
     */
    private static String firstMissing(Invocation call, String d) {
        int at = d.startsWith("/") ? 1 : 0;
        while ((at = d.indexOf('/', at)) > 0) {
            try {
                if (!Files.exists(call.resolve(d.substring(0, at)))) {
                    return d.substring(0, at + 1);
                }
            } catch (OutsideViewException e) {
                return d;
            }
            at++;
        }
        return d;
    }

    static int mkdir(Invocation call) {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "pv", "m", Map.of("parents", 'p', "verbose", 'v', "mode=", 'm'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        if (o.operands().isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        int status = 0;
        for (String d : o.operands()) {
            try {
                Path p = call.resolve(d);
                if (o.has('p')) {
                    if (Files.exists(p) && !Files.isDirectory(p)) {
                        throw new FileAlreadyExistsException(d);
                    }
                    FileModes.createDirectories(p);
                } else {
                    FileModes.createDirectory(p);
                }
                FileModes.masked(call.shell(), p, 0777);
                if (o.has('v')) {
                    call.out().println("mkdir: created directory '" + d + "'");
                }
            } catch (OutsideViewException e) {
                AppletFileErrors.CREATE_DIRECTORY.print(call, "mkdir", d, call.reason(e));
                status = 1;
            } catch (IOException e) {
                String failed = o.has('p') && call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX
                        ? firstMissing(call, d) : d;
                AppletFileErrors.CREATE_DIRECTORY.print(call, "mkdir", failed, Errors.describe(e));
                status = 1;
            }
        }
        return status;
    }

    static int touch(Invocation call) {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "acm", "", Map.of("no-create", 'c'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        if (o.operands().isEmpty()) {
            return Usage.fail(call, "missing file operand", 1);
        }
        int status = 0;
        for (String f : o.operands()) {
            try {
                Path p = call.resolve(f);
                if (Files.exists(p)) {
                    Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
                } else if (!o.has('c')) {
                    Files.createFile(p);
                    FileModes.masked(call.shell(), p, 0666);
                }
            } catch (OutsideViewException e) {
                AppletFileErrors.TOUCH.print(call, "touch", f, call.reason(e));
                status = 1;
            } catch (IOException e) {
                AppletFileErrors.TOUCH.print(call, "touch", f, Errors.describe(e));
                status = 1;
            }
        }
        return status;
    }

    static int rm(Invocation call) {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "rRfidv", "",
                    Map.of("recursive", 'r', "force", 'f', "dir", 'd', "verbose", 'v'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        boolean recursive = o.has('r') || o.has('R');
        boolean force = o.has('f');
        if (o.operands().isEmpty()) {
            return force ? 0 : Usage.fail(call, "missing operand", 1);
        }
        int status = 0;
        for (String f : o.operands()) {
            String base = ShellPaths.baseName(f);
            if ((base.equals(".") || base.equals("..")) && recursive) {
                call.err().println("rm: refusing to remove '.' or '..' directory: skipping '" + f + "'");
                status = 1;
                continue;
            }
            try {
                Path p = call.resolveEntry(f);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!force) {
                        AppletFileErrors.REMOVE.print(call, "rm", f, "No such file or directory");
                        status = 1;
                    }
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !recursive) {
                    if (o.has('d') && LinkSafeTrees.children(p).isEmpty()) {
                        Files.delete(p);
                        continue;
                    }
                    call.err().println(call.shell().userland() == Userland.BUSYBOX ? "rm: '" + f + "' is a directory"
                            : "rm: cannot remove '" + f + "': Is a directory");
                    status = 1;
                    continue;
                }
                // the workspace itself is the learner's mount point: removing it would end the session
                if (call.shell().files().absolute(call.shell().cwd(), f).equals(call.shell().files().home())) {
                    AppletFileErrors.REMOVE.print(call, "rm", f, "Device or resource busy");
                    status = 1;
                    continue;
                }
                String shellPath = call.shell().files().absolute(call.shell().cwd(), f);
                if (MountPointRemoval.concerns(call.shell().files(), shellPath)) {
                    if (!MountPointRemoval.remove(call, f, shellPath)) {
                        status = 1;
                    }
                    continue;
                }
                LinkSafeTrees.delete(p);
                if (o.has('v')) {
                    call.out().println("removed '" + f + "'");
                }
            } catch (OutsideViewException e) {
                AppletFileErrors.REMOVE.print(call, "rm", f, call.reason(e));
                status = 1;
            } catch (IOException e) {
                AppletFileErrors.REMOVE.print(call, "rm", f, Errors.describe(e));
                status = 1;
            }
        }
        return status;
    }

    static int cp(Invocation call) {
        return copyOrMove(call, false);
    }

    static int mv(Invocation call) {
        return copyOrMove(call, true);
    }

    private static int copyOrMove(Invocation call, boolean move) {
        String name = call.name();
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), move ? "fivnu" : "rRafipvnuL", "",
                    Map.of("recursive", 'r', "force", 'f', "archive", 'a', "verbose", 'v'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        List<String> ops = o.operands();
        if (ops.isEmpty()) {
            return Usage.fail(call, "missing file operand", 1);
        }
        if (ops.size() == 1) {
            return Usage.fail(call, "missing destination file operand after '" + ops.get(0) + "'", 1);
        }
        boolean recursive = move || o.has('r') || o.has('R') || o.has('a');
        String target = ops.get(ops.size() - 1);
        List<String> sources = ops.subList(0, ops.size() - 1);
        Path targetPath;
        String targetShell = call.shell().files().absolute(call.shell().cwd(), target);
        try {
            targetPath = call.resolve(target);
        } catch (OutsideViewException e) {
            call.err().println(name + ": cannot create regular file '" + target + "': " + call.reason(e));
            return 1;
        }
        boolean intoDir = Files.isDirectory(targetPath);
        if (sources.size() > 1 && !intoDir) {
            call.err().println(name + ": target '" + target + "': Not a directory");
            return 1;
        }
        int status = 0;
        for (String s : sources) {
            try {
                // mv and cp -r act on a link itself; plain cp reads through it (inside the view only)
                Path src = recursive ? call.resolveEntry(s) : call.resolve(s);
                if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
                    throw new NoSuchFileException(s);
                }
                if (Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS) && !recursive) {
                    call.err().println(name + ": -r not specified; omitting directory '" + s + "'");
                    status = 1;
                    continue;
                }
                String destShell = intoDir ? targetShell + "/" + ShellPaths.baseName(s) : targetShell;
                Path dest = move || recursive ? call.resolveEntry(destShell) : call.resolve(destShell);
                // coreutils' names for the pair: the operand as typed, the destination as cp and mv form it
                String destTyped = intoDir ? target.replaceAll("/+$", "") + "/" + ShellPaths.baseName(s) : target;
                boolean intoItself = LinkSafeTrees.insideOf(dest, src);
                if (dest.getParent() != null && !Files.isDirectory(dest.getParent())) {
                    // the destination's directory is missing: coreutils names the destination, not the source
                    call.err().println(name + ": " + (move ? "cannot move '" + s + "' to '" + destTyped + "'"
                            : "cannot create " + (Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS) ? "directory '"
                                    : "regular file '") + destTyped + "'") + ": No such file or directory");
                    status = 1;
                    continue;
                }
                if (move && intoItself) {
                    call.err().println(name + ": cannot move '" + s + "' to a subdirectory of itself, '" + destTyped + "'");
                    status = 1;
                    continue;
                }
                if (move && (call.shell().files().mountPoint(call.shell().files().absolute(call.shell().cwd(), s))
                        || call.shell().files().mountPoint(destShell))) {
                    call.err().println(call.shell().userland() == Userland.BUSYBOX ? "mv: can't rename '" + s + "': " + MountPointRemoval.BUSY
                            : "mv: cannot move '" + s + "' to '" + destTyped + "': " + MountPointRemoval.BUSY);
                    status = 1;
                    continue;
                }
                if (move) {
                    LinkSafeTrees.move(src, dest, destShell, call.shell().files());
                } else {
                    LinkSafeTrees.copy(src, dest, destShell, call.shell().files());
                }
                if (intoItself) {
                    call.err().println(name + ": cannot copy a directory, '" + s + "', into itself, '" + destTyped + "'");
                    status = 1;
                }
            } catch (LinkSafeTrees.LinkLeavesView e) {
                call.err().println(name + ": cannot create symbolic link '" + e.shellPath + "': " + call.reason(e.reason));
                status = 1;
            } catch (OutsideViewException e) {
                AppletFileErrors.STAT.print(call, name, s, call.reason(e));
                status = 1;
            } catch (NoSuchFileException e) {
                AppletFileErrors.STAT.print(call, name, s, "No such file or directory");
                status = 1;
            } catch (IOException e) {
                if (call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
                    // busybox names what it failed at: rename(2) of the source, or the destination it could not create
                    call.err().println(name + ": " + (move ? "can't rename '" + s : "can't create '" + (intoDir
                            ? target.replaceAll("/+$", "") + "/" + ShellPaths.baseName(s) : target)) + "': " + Errors.describe(e));
                } else {
                    call.err().println(name + ": cannot " + (move ? "move" : "copy") + " '" + s + "': " + Errors.describe(e));
                }
                status = 1;
            }
        }
        return status;
    }
}
