package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/** {@code rmdir [-pv] [--ignore-fail-on-non-empty] DIR...}, after coreutils' rmdir.c (messages and statuses). */
final class Rmdir {
    private static final char IGNORE_NON_EMPTY = '\u0001';
    private static final String NOT_EMPTY = "Directory not empty";

    private final Invocation call;
    private final boolean verbose;
    private final boolean ignoreNonEmpty;

    private Rmdir(Invocation call, boolean verbose, boolean ignoreNonEmpty) {
        this.call = call;
        this.verbose = verbose;
        this.ignoreNonEmpty = ignoreNonEmpty;
    }

    static int run(Invocation call) {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "pv", "", Map.of("parents", 'p', "path", 'p', "verbose", 'v',
                    "ignore-fail-on-non-empty", IGNORE_NON_EMPTY), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        if (o.operands().isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        Rmdir rmdir = new Rmdir(call, o.has('v'), o.has(IGNORE_NON_EMPTY));
        boolean ok = true;
        for (String dir : o.operands()) {
            String failure = rmdir.remove(dir);
            if (failure == null) {
                ok &= !o.has('p') || rmdir.removeParents(dir);
            } else if (!(rmdir.ignoreNonEmpty && failure.equals(NOT_EMPTY))) {
                rmdir.failed("", dir, failure);
                ok = false;
            }
        }
        return ok ? 0 : 1;
    }

    /** coreutils' {@code failed to remove 'DIR'}, busybox's plain {@code 'DIR'} (bb_perror_msg("'%s'")). */
    private void failed(String what, String dir, String failure) {
        call.err().println(call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX ? "rmdir: '" + dir + "': " + failure
                : "rmdir: failed to remove " + what + Quoting.always(dir) + ": " + failure);
    }

    /** rmdir.c's remove_parents: a/b/c, then a/b, then a, stopping at the first failure. */
    private boolean removeParents(String typed) {
        String dir = stripTrailingSlashes(typed);
        while (true) {
            int slash = dir.lastIndexOf('/');
            if (slash < 0) {
                return true;
            }
            while (slash > 0 && dir.charAt(slash) == '/') {
                slash--;
            }
            dir = dir.substring(0, slash + 1);
            String failure = remove(dir);
            if (failure != null) {
                if (ignoreNonEmpty && failure.equals(NOT_EMPTY)) {
                    return true;
                }
                String what = failure.equals("Not a directory") ? "" : "directory ";
                failed(what, dir, failure);
                return false;
            }
        }
    }

    /** Removes one directory; returns null on success, else the strerror text rmdir(2) would give. */
    private String remove(String dir) {
        if (verbose) {
            call.out().println("rmdir: removing directory, " + Quoting.always(dir));
            call.out().flush();
        }
        String last = ShellPaths.baseName(dir);
        if (last.equals(".")) {
            return "Invalid argument";
        }
        if (last.equals("..")) {
            return NOT_EMPTY;
        }
        try {
            Path p = call.resolveEntry(dir);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return "No such file or directory";
            }
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return "Not a directory";
            }
            if (call.shell().files().mountPoint(call.shell().files().absolute(call.shell().cwd(), dir))) {
                return MountPointRemoval.BUSY; // vfs_rmdir asks before the file system looks at what is inside
            }
            if (!LinkSafeTrees.children(p).isEmpty()) {
                return NOT_EMPTY;
            }
            // the workspace itself is the learner's mount point, as for rm
            if (call.shell().files().absolute(call.shell().cwd(), dir).equals(call.shell().files().home())) {
                return "Device or resource busy";
            }
            Files.delete(p);
            return null;
        } catch (OutsideViewException e) {
            return call.reason(e);
        } catch (IOException e) {
            return Errors.describe(e);
        }
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }
}
