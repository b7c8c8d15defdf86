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
import java.util.OptionalInt;

/**
 * {@code chown [-R] [-h] OWNER[:GROUP] FILE...} and {@code chgrp [-R] GROUP FILE...}: names and ids from the
 * container's {@code /etc/passwd} and {@code /etc/group}; the tree stores the name (a bare number for an id that
 * has none), which {@code ls -l} and {@code stat} then show.
 */
final class Chown {
    private Chown() {
    }

    static int chown(Invocation call) {
        return run(call, false);
    }

    static int chgrp(Invocation call) {
        return run(call, true);
    }

    private static int run(Invocation call, boolean groupOnly) {
        String name = groupOnly ? "chgrp" : "chown";
        boolean recursive = false;
        List<String> operands = new ArrayList<>();
        boolean options = true;
        for (String a : call.args()) {
            if (options && a.equals("--")) {
                options = false;
            } else if (options && a.matches("-[RhvcfHLP]+")) {
                recursive |= a.contains("R");
            } else if (options && a.equals("--recursive")) {
                recursive = true;
            } else if (options && a.startsWith("-") && a.length() > 1) {
                return Usage.badOption(call, a, 1);
            } else {
                operands.add(a);
            }
        }
        if (operands.isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        if (operands.size() == 1) {
            return Usage.fail(call, "missing operand after ‘" + operands.get(0) + "’", 1);
        }
        String spec = operands.get(0);
        int colon = groupOnly ? -1 : Math.max(spec.indexOf(':'), spec.indexOf('.'));
        String userPart = groupOnly ? null : colon < 0 ? spec : spec.substring(0, colon);
        String groupPart = groupOnly ? spec : colon < 0 || colon == spec.length() - 1 ? null : spec.substring(colon + 1);
        FileOwners owners = FileOwners.of(call);
        String user = null;
        String group = null;
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        if (userPart != null && !userPart.isEmpty()) {
            OptionalInt uid = owners.uid(userPart);
            if (uid.isEmpty()) {
                return refuse(call, name, busybox ? "unknown user " + userPart : "invalid user: ‘" + spec + "’");
            }
            user = owners.userName(uid.getAsInt()).orElse(String.valueOf(uid.getAsInt()));
        }
        if (groupPart != null) {
            OptionalInt gid = owners.gid(groupPart);
            if (gid.isEmpty()) {
                return refuse(call, name, busybox ? "unknown group " + groupPart : "invalid group: ‘" + spec + "’");
            }
            group = owners.groupName(gid.getAsInt()).orElse(String.valueOf(gid.getAsInt()));
        }
        int status = 0;
        for (String f : operands.subList(1, operands.size())) {
            try {
                Path p = call.resolve(f);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new java.nio.file.NoSuchFileException(f);
                }
                change(p, user, group, recursive);
            } catch (OutsideViewException e) {
                AppletFileErrors.ACCESS.print(call, name, f, call.reason(e));
                status = 1;
            } catch (IOException e) {
                AppletFileErrors.ACCESS.print(call, name, f, Errors.describe(e));
                status = 1;
            }
        }
        return status;
    }

    private static int refuse(Invocation call, String name, String problem) {
        call.err().println(Quoting.inLocale(call, name + ": " + problem));
        return 1;
    }

    private static void change(Path p, String user, String group, boolean recursive) throws IOException {
        FileOwners.change(p, user, group);
        if (recursive && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            for (Path child : LinkSafeTrees.children(p)) {
                change(child, user, group, true);
            }
        }
    }
}
