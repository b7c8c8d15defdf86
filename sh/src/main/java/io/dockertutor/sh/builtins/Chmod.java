package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chmod [-R] MODE[,MODE]... FILE...}: sets the mode bits {@code ls -l} and {@code stat} then show. A link
 * named on the line changes what it leads to (inside the view); links met by {@code -R} are left alone, as
 * coreutils and busybox leave them.
 */
final class Chmod {
    private Chmod() {
    }

    static int run(Invocation call) {
        boolean recursive = false;
        String mode = null;
        List<String> files = new ArrayList<>();
        boolean options = true;
        for (String a : call.args()) {
            if (options && a.equals("--")) {
                options = false;
            } else if (options && a.matches("-[Rvcf]+")) {
                recursive |= a.contains("R");
            } else if (options && a.equals("--recursive")) {
                recursive = true;
            } else if (options && a.startsWith("-") && a.length() > 1 && !ModeSpec.valid(a)) {
                return Usage.badOption(call, a, 1);
            } else if (mode == null) {
                mode = a;
            } else {
                files.add(a);
            }
        }
        if (mode == null) {
            return Usage.fail(call, "missing operand", 1);
        }
        if (files.isEmpty()) {
            return Usage.fail(call, "missing operand after ‘" + mode + "’", 1);
        }
        if (!ModeSpec.valid(mode)) {
            boolean busybox = call.shell().userland() == Userland.BUSYBOX;
            if (busybox) {
                call.err().println("chmod: invalid mode '" + mode + "'");
                return 1;
            }
            return Usage.fail(call, "invalid mode: ‘" + mode + "’", 1);
        }
        int status = 0;
        for (String f : files) {
            try {
                Path p = call.resolve(f);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new java.nio.file.NoSuchFileException(f);
                }
                status |= change(call, p, mode, recursive);
            } catch (OutsideViewException e) {
                AppletFileErrors.ACCESS.print(call, "chmod", f, call.reason(e));
                status = 1;
            } catch (IOException e) {
                AppletFileErrors.ACCESS.print(call, "chmod", f, Errors.describe(e));
                status = 1;
            }
        }
        return status;
    }

    private static int change(Invocation call, Path p, String mode, boolean recursive) throws IOException {
        boolean directory = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        FileModes.set(p, ModeSpec.apply(mode, FileModes.of(p), directory).orElseThrow());
        if (recursive && directory) {
            for (Path child : LinkSafeTrees.children(p)) {
                if (!Files.isSymbolicLink(child)) {
                    change(call, child, mode, true);
                }
            }
        }
        return 0;
    }
}
