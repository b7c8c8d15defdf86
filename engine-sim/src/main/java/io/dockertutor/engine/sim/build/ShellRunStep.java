package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.fs.ContainerFiles;
import io.dockertutor.engine.sim.fs.ContainerShell;
import io.dockertutor.engine.sim.fs.Identity;
import io.dockertutor.engine.sim.fs.LayerSnapshot;
import io.dockertutor.engine.sim.fs.VolumeStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A RUN step run as BuildKit runs it: the step's command in a container of the stage's files, by the image's own
 * shell and programs (busybox ash and applets in busybox and alpine, dash and GNU coreutils in Debian images), with
 * what they print as the step's output and what they change as the step's layer (a {@code docker diff} of that
 * container: what was written, what was whited out). The same {@link ContainerShell} as {@code docker run}'s, so a
 * {@code RUN ls -l /app}, {@code printf}, {@code sed -i} or a failing {@code cp} says in a build what it says in a
 * container.
 *
 * <p>Steps that install, download or compile ({@link #MODELLED}) stay with {@link RunModel}: their files and sizes
 * come from {@link SizeTable}, as no package index or compiler is simulated.
 */
final class ShellRunStep {
    /** Programs whose effect is modelled by size rather than run: package managers, downloads, compilers, accounts. */
    static final Set<String> MODELLED = Set.of("apk", "apt-get", "apt", "yum", "dnf", "microdnf", "pip", "pip3", "npm",
            "go", "wget", "curl", "tar", "adduser", "useradd", "addgroup", "groupadd");
    /** BuildKit's RUN containers are named so (the hostname a step sees). */
    private static final String HOSTNAME = "buildkitsandbox";
    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ShellRunStep() {
    }

    /**
     * Whether {@code argv} (the step's command: {@code /bin/sh -c SCRIPT} for the shell form) can run in the
     * container's shell: none of its words names a {@link #MODELLED} program.
     */
    static boolean suits(List<String> argv) {
        for (String arg : argv) {
            for (String word : arg.split("[\\s;&|()`$'\"<>]+")) {
                if (MODELLED.contains(word.substring(word.lastIndexOf('/') + 1))) {
                    return false;
                }
            }
        }
        return !argv.isEmpty();
    }

    /**
     * Runs {@code argv} in a container of the workspace's files and takes its changes into the workspace. Answers
     * null when the image lacks the program (the model then answers as it does for a missing shell).
     */
    static RunModel.Result run(List<String> argv, RunWorkspace ws) {
        ContainerFiles files = new ContainerFiles(ws.files, List.of(), new VolumeStore(Clock.systemUTC()), Map.of());
        ContainerShell shell = new ContainerShell(files, ws.files, identity(ws), "sh", null, Locale.ENGLISH);
        return files.using(() -> {
            if (shell.findProgram(argv.get(0)).isEmpty()) {
                return null;
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            // BuildKit logs a step's standard output and error as one stream, in the order written.
            int status = shell.exec(argv, InputStream.nullInputStream(), output, output);
            takeChanges(files, ws);
            output.toString(StandardCharsets.UTF_8).lines().forEach(ws.output::add);
            return new RunModel.Result(status, ws.output);
        });
    }

    private static Identity identity(RunWorkspace ws) {
        List<String> env = new ArrayList<>();
        // A step sees the stage's ARGs as variables too, under its ENV of the same name.
        ws.stage.args.forEach((k, v) -> {
            if (!ws.stage.env.containsKey(k)) {
                env.add(k + "=" + v);
            }
        });
        env.addAll(ws.stage.envList());
        if (!ws.stage.env.containsKey("PATH")) {
            env.add("PATH=" + DEFAULT_PATH);
        }
        String user = ws.stage.user == null || ws.stage.user.isEmpty() ? "root" : ws.stage.user;
        return new Identity(HOSTNAME, user, env, ws.stage.workdirOrRoot());
    }

    /** The container's diff as the step's layer: whiteouts first, then what was added or changed, as it now is. */
    private static void takeChanges(ContainerFiles files, RunWorkspace ws) {
        List<FileChange> changes = files.diff();
        if (changes.isEmpty()) {
            return;
        }
        Map<String, FileSpec> after = LayerSnapshot.of(files, ws.files);
        for (FileChange change : changes) {
            if (change.kind() == 'D') {
                ws.remove(change.path());
            }
        }
        for (FileChange change : changes) {
            FileSpec spec = after.get(change.path());
            if (change.kind() != 'D' && spec != null) {
                long size = spec.kind() == FileSpec.Kind.FILE ? spec.content().getBytes(StandardCharsets.UTF_8).length : 0;
                ws.write(change.path(), spec, size);
            }
        }
    }
}
