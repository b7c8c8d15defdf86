package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import io.dockertutor.sh.builtins.BusyboxUsage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code which} in a container: each name's program file on the shell's {@code $PATH}, looked up in the image's
 * files ({@code /bin/sh} in busybox, where every applet is in /bin); a name with a slash is printed when it is an
 * executable file. A shell builtin with no file ({@code cd}) is not found. Status 1 when a name was not found;
 * busybox shows its usage for no name at all.
 */
final class Which {
    private Which() {
    }

    static int run(Invocation call, Map<String, FileSpec> image) {
        List<String> args = call.args();
        boolean all = !args.isEmpty() && args.get(0).equals("-a");
        List<String> names = all ? args.subList(1, args.size()) : args;
        if (names.isEmpty()) {
            return call.shell().userland() == Userland.BUSYBOX ? BusyboxUsage.show(call) : 1;
        }
        String path = Optional.ofNullable(call.shell().variable("PATH")).orElse("");
        int status = 0;
        for (String name : names) {
            boolean found = false;
            for (String dir : name.contains("/") ? List.of(path) : List.of(path.split(":"))) {
                Optional<String> file = FileTree.findExecutable(image, name, dir);
                if (file.isPresent() && !(found && !all)) {
                    call.out().println(file.get());
                    found = true;
                }
            }
            status = found ? status : 1;
        }
        return status;
    }
}
