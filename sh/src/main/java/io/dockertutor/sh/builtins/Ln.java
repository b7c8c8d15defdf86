package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ln [-s] [-f] [-n] TARGET [LINK]} and {@code ln ... TARGET... DIR}. A symbolic link stores TARGET as typed
 * (its meaning is resolved when something follows it, by the file view, which never leads outside the container);
 * a hard link needs TARGET to exist. Only container shells have it: the learner's workspace gets no links.
 */
final class Ln {
    private Ln() {
    }

    static int run(Invocation call) {
        boolean symbolic = false;
        boolean force = false;
        boolean noDereference = false;
        List<String> operands = new ArrayList<>();
        boolean options = true;
        for (String a : call.args()) {
            if (options && a.equals("--")) {
                options = false;
            } else if (options && a.matches("-[sfnvT]+")) {
                symbolic |= a.contains("s");
                force |= a.contains("f");
                noDereference |= a.contains("n") || a.contains("T");
            } else if (options && a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                operands.add(a);
            }
        }
        if (operands.isEmpty()) {
            return Usage.fail(call, "missing file operand", 1);
        }
        if (operands.size() == 1) {
            operands.add(".");
        }
        String last = operands.get(operands.size() - 1);
        boolean intoDirectory = false;
        try {
            Path dest = call.resolve(last);
            intoDirectory = Files.isDirectory(dest) && !(noDereference && Files.isSymbolicLink(call.resolveEntry(last)));
        } catch (OutsideViewException e) {
            // a destination outside the view is no directory to put links into
        }
        if (operands.size() > 2 && !intoDirectory && call.shell().userland() == Userland.GNU) {
            boolean exists = false;
            try {
                exists = Files.exists(call.resolveEntry(last), LinkOption.NOFOLLOW_LINKS);
            } catch (OutsideViewException e) {
                // named only
            }
            call.err().println("ln: target " + Quoting.always(last) + ": " + (exists ? "Not a directory" : "No such file or directory"));
            return 1;
        }
        int status = 0;
        for (String target : operands.subList(0, operands.size() - 1)) {
            String link = intoDirectory ? last + "/" + target.replaceAll("/+$", "").replaceAll(".*/", "") : last;
            status |= link(call, target, link, symbolic, force);
        }
        return status;
    }

    private static int link(Invocation call, String target, String link, boolean symbolic, boolean force) {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        try {
            Path at = call.resolveEntry(link);
            // -f's unlink of a mount point fails (EBUSY) unreported; the link then finds the name taken
            if (force && Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)
                    && !call.shell().files().mountPoint(call.shell().files().absolute(call.shell().cwd(), link))) {
                Files.delete(at);
            }
            if (symbolic) {
                Files.createSymbolicLink(at, at.getFileSystem().getPath(target));
            } else {
                Path existing;
                try {
                    existing = call.resolve(target);
                    if (!Files.exists(existing)) {
                        throw new java.nio.file.NoSuchFileException(target);
                    }
                } catch (IOException | OutsideViewException e) {
                    String reason = e instanceof OutsideViewException o ? call.reason(o) : Errors.describe((IOException) e);
                    call.err().println(busybox ? "ln: " + target + ": " + reason
                            : "ln: failed to access " + Quoting.always(target) + ": " + reason);
                    return 1;
                }
                Files.createLink(at, existing);
            }
            return 0;
        } catch (FileAlreadyExistsException e) {
            String kind = symbolic ? "symbolic link" : "hard link";
            call.err().println(busybox ? "ln: " + link + ": File exists"
                    : "ln: failed to create " + kind + " " + Quoting.always(link) + ": File exists");
            return 1;
        } catch (OutsideViewException e) {
            call.err().println("ln: " + link + ": " + call.reason(e));
            return 1;
        } catch (IOException e) {
            String kind = symbolic ? "symbolic link" : "hard link";
            call.err().println(busybox ? "ln: " + link + ": " + Errors.describe(e)
                    : "ln: failed to create " + kind + " " + Quoting.always(link) + ": " + Errors.describe(e));
            return 1;
        }
    }
}
