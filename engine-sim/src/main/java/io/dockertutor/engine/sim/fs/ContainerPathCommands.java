package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import io.dockertutor.sh.Command;
import io.dockertutor.sh.ShellSession;
import io.dockertutor.sh.builtins.BuiltinTable;
import io.dockertutor.sh.builtins.BusyboxUsage;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The command table of a shell inside a container, looked up live against the image's {@code $PATH}: the shell's own
 * builtins always, a program only when the image has it (then the tutor's builtin of that name, its version text from
 * {@link ProgramVersions}, or a one-line note
 * that the simulator does not model it, status 1), and for anything else the command the real shell runs when it
 * finds nothing: its own "not found" text and status 127.
 *
 * <p>Status 1 for a present but unmodelled program: 127 would tell the learner the program is missing, which is
 * false, and 126 means "found but not executable"; 1 is the plain "the program failed" every tool uses.
 */
final class ContainerPathCommands extends AbstractMap<String, Command> {
    /** BuiltinTable of ash, dash and bash alike: they run without any file in the image. */
    private static final Set<String> SHELL_BUILTINS = Set.of("cd", "pwd", "echo", "printf", "true", "false", ":",
            "exit", "export", "unset", "test", "[", "read", "kill", "type");

    private final Map<String, FileSpec> image;
    private final Map<String, Command> builtins;
    private final ShellFlavor flavor;
    private final Supplier<ShellSession> shell;
    private final ShellProcesses processes;

    ContainerPathCommands(Map<String, FileSpec> image, Map<String, Command> extra, ShellFlavor flavor,
                      Supplier<ShellSession> shell, ShellProcesses processes) {
        this.image = image;
        this.processes = processes;
        this.builtins = new LinkedHashMap<>(BuiltinTable.standard());
        this.builtins.putAll(BuiltinTable.containerOnly());
        this.builtins.putAll(extra);
        this.flavor = flavor;
        this.shell = shell;
    }

    /** The program file a name runs, searched on the shell's current {@code $PATH}. */
    java.util.Optional<String> program(String name) {
        String path = shell.get() == null ? null : shell.get().variable("PATH");
        return FileTree.findExecutable(image, name, path == null ? "" : path);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && (SHELL_BUILTINS.contains(name) || program(name).isPresent());
    }

    @Override
    public Command get(Object key) {
        String name = (String) key;
        if (SHELL_BUILTINS.contains(name)) {
            return builtins.get(name);
        }
        if (program(name).isPresent()) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            Command builtin = builtins.get(base);
            if (builtin != null && BuiltinTable.gnuOnly(base)) {
                Command gnu = builtin;
                builtin = call -> (busybox(call) ? unmodelled(base) : gnu).run(call);
            }
            Command program = busyboxUsage(builtin != null ? builtin : unmodelled(base));
            return call -> processes.run(call, program); // a program file runs as a process of its own
        }
        return call -> {
            call.err().println(flavor.notFound(name, processes.oneLineScript()));
            return 127;
        };
    }

    /** A program the image has that the simulator does not model: its version answer, its usage, or a note (status 1). */
    Command unmodelled(String base) {
        return call -> {
            var usage = busybox(call) ? BusyboxUsage.answerUnmodelled(call) : java.util.OptionalInt.empty();
            if (usage.isPresent()) {
                return usage.getAsInt();
            }
            // The official images' programs answer a version question with the image's own version.
            var version = ProgramVersions.bundled().answer(base, call.args(), call.shell()::variable);
            if (version.isPresent()) {
                (version.get().stderr() ? call.err() : call.out()).println(version.get().text());
                return 0;
            }
            call.err().println(message(call.shell().locale(), base));
            return 1;
        };
    }

    /** busybox applets answer {@code --help} alone with their usage on standard error, status 0. */
    private static Command busyboxUsage(Command program) {
        return call -> {
            if (busybox(call) && BusyboxUsage.asksForHelp(call)) {
                BusyboxUsage.show(call);
                return 0;
            }
            return program.run(call);
        };
    }

    private static boolean busybox(io.dockertutor.sh.Invocation call) {
        return call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX;
    }

    private static String message(Locale locale, String program) {
        ResourceBundle bundle = ResourceBundle.getBundle("io.dockertutor.engine.sim.fs.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("program.notModelled"), locale).format(new Object[] {program});
    }

    /** The commands that would run (for "did you mean"): shell builtins and modelled programs the image has. */
    @Override
    public Set<Entry<String, Command>> entrySet() {
        Map<String, Command> present = new LinkedHashMap<>();
        for (Map.Entry<String, Command> e : builtins.entrySet()) {
            if (containsKey(e.getKey())) {
                present.put(e.getKey(), e.getValue());
            }
        }
        return present.entrySet();
    }
}
