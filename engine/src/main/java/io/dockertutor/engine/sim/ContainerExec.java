package io.dockertutor.engine.sim;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ExecSpec;
import io.dockertutor.sh.ConfinedFileView;
import io.dockertutor.sh.Shell;
import io.dockertutor.sh.builtins.Builtins;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Commands run inside a container: a one-shot program at start, and {@code docker exec}. They run in the
 * tutor's shell with the container's environment, over the container's files.
 */
final class ContainerExec {
    private final SimulatedEngine engine;

    ContainerExec(SimulatedEngine engine) {
        this.engine = engine;
    }

    int exec(SimContainer c, ExecSpec spec, InputStream in, OutputStream out, OutputStream err) {
        if (c.status.equals("paused")) {
            throw EngineException.conflict("container " + c.id + " is paused, unpause the container before exec");
        }
        if (!c.isRunningProcess()) {
            throw EngineException.conflict("container " + c.id + " is not running");
        }
        ContainerContext ctx = engine.context(c);
        if (!ctx.executable(spec.cmd().get(0))) {
            String exe = spec.cmd().get(0);
            throw EngineException.serverError("OCI runtime exec failed: exec failed: unable to start container process: exec: \""
                    + exe + "\": executable file not found in $PATH: unknown");
        }
        return run(c, spec.cmd(), in, out, err);
    }

    /** Runs {@code argv} as the container's program would: {@code sh -c SCRIPT} through the shell, others directly. */
    int runProgram(SimContainer c, List<String> argv, OutputStream out, OutputStream err) {
        return run(c, argv, InputStream.nullInputStream(), out, err);
    }

    private int run(SimContainer c, List<String> argv, InputStream in, OutputStream out, OutputStream err) {
        Shell shell = shellFor(c);
        String exe = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        if ((exe.equals("sh") || exe.equals("bash") || exe.equals("ash") || exe.equals("dash")) && argv.size() >= 3 && argv.get(1).equals("-c")) {
            shell.positional(argv.subList(3, argv.size()));
            int status = shell.run(argv.get(2), in, out, err);
            return shell.hasExited() ? shell.exitStatus() : status;
        }
        if (argv.size() == 1 && (exe.equals("sh") || exe.equals("bash"))) {
            return 0;
        }
        List<String> command = new java.util.ArrayList<>(argv);
        command.set(0, exe);
        return shell.invoke(command, Map.of(), in, out, err);
    }

    private Shell shellFor(SimContainer c) {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        Path root = fs.getPath("/root-of-" + c.shortId());
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Shell shell = new Shell("sh", ConfinedFileView.containerRoot(root, "/root"), Builtins.standard(), null, Locale.ENGLISH);
        for (String e : c.env) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                shell.setVariable(e.substring(0, eq), e.substring(eq + 1));
                shell.export(e.substring(0, eq));
            }
        }
        shell.setVariable("HOSTNAME", c.hostname);
        shell.export("HOSTNAME");
        return shell;
    }
}
