package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Invocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A shell started from a shell inside a container ({@code sh -c '...'}, {@code sh script.sh}, {@code echo ls | sh}):
 * a new process with the exported variables and working directory of its parent, whose own variables and
 * {@code cd} do not come back. Refusals in the words of busybox ash, dash or bash (recorded on the lab's busybox
 * and on Debian 12's dash and bash).
 */
final class NestedShell {
    private NestedShell() {
    }

    /**
     * Runs {@code call} (argv {@code sh ...}) in a child shell made by {@code child}; at a terminal without a script
     * the child would be interactive, which the simulator does not model: {@code unmodelled} answers then.
     */
    static int run(Invocation call, ShellFlavor flavor, BiFunction<String, Invocation, ContainerShell> child,
                   io.dockertutor.sh.Command unmodelled) throws IOException {
        List<String> args = call.args();
        String program = call.name();
        if (!args.isEmpty() && args.get(0).equals("-c")) {
            if (args.size() < 2) {
                call.err().println(switch (flavor) {
                    case ASH -> "sh: -c requires an argument";
                    case DASH -> "sh: 0: -c requires an argument";
                    case BASH -> "bash: -c: option requires an argument";
                });
                return 2;
            }
            return child.apply(program, call).runCommandString(args.get(1), args.size() > 2 ? args.get(2) : null,
                    args.subList(Math.min(args.size(), 3), args.size()), call.in(), call.out(), call.err());
        }
        if (args.isEmpty() || args.get(0).equals("-s")) {
            if (call.shell().terminal()) {
                return unmodelled.run(call);
            }
            String script;
            try {
                script = new String(call.in().readAllBytes(), StandardCharsets.UTF_8);
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                script = ""; // `sh < DIR`: the failed read ends the script (recorded on ash and dash: status 0)
            }
            return child.apply(program, call).runScript(script, List.of(), java.io.InputStream.nullInputStream(),
                    call.out(), call.err());
        }
        String file = args.get(0);
        java.nio.file.Path path = scriptPath(call, file);
        if (path != null && java.nio.file.Files.isDirectory(path)) {
            // reading a directory fails with EISDIR: ash and dash take it for an empty script (recorded, status 0)
            if (flavor != ShellFlavor.BASH) {
                return 0;
            }
            call.err().println(file + ": " + file + ": Is a directory"); // bash 5.2 names the script as its $0
            return 126;
        }
        String text = readScript(path);
        if (text == null) {
            call.err().println(switch (flavor) {
                case ASH -> "sh: can't open '" + file + "': No such file or directory";
                case DASH -> "sh: 0: cannot open " + file + ": No such file";
                case BASH -> "bash: " + file + ": No such file or directory";
            });
            return flavor == ShellFlavor.BASH ? 127 : 2;
        }
        return child.apply(program, call).runScript(text, file, args.subList(1, args.size()), call.in(), call.out(), call.err());
    }

    /** The script's path in the container's files, or null when the view refuses it (then it is not there). */
    private static java.nio.file.Path scriptPath(Invocation call, String file) {
        try {
            return call.shell().files().resolve(file.startsWith("/") ? file : call.shell().cwd().replaceAll("/$", "") + "/" + file);
        } catch (io.dockertutor.sh.OutsideViewException | RuntimeException e) {
            return null;
        }
    }

    private static String readScript(java.nio.file.Path path) {
        try {
            return path != null && java.nio.file.Files.isRegularFile(path) ? java.nio.file.Files.readString(path, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
