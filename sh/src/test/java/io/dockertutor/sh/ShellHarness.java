package io.dockertutor.sh;

import io.dockertutor.engine.HostNetwork;
import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.builtins.BuiltinTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** A shell over a workspace directory with the standard builtins, capturing what each line prints. */
public final class ShellHarness {
    public final Path workspace;
    public final ShellSession shell;
    public final Map<String, Command> table;

    public record Result(String out, String err, int status) {
    }

    public ShellHarness(Path workspace) {
        this(workspace, null, Locale.ENGLISH);
    }

    public ShellHarness(Path workspace, HostNetwork network, Locale locale) {
        try {
            this.workspace = workspace.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.table = BuiltinTable.standard();
        this.shell = new ShellSession("docker-tutor", ConfinedFileView.workspace(this.workspace), table, network, locale);
    }

    public Result run(String line) {
        return run(line, "");
    }

    public Result run(String line, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = shell.run(line, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Creates a file (and its parents) in the workspace. */
    public ShellHarness file(String relative, String content) {
        try {
            Path p = workspace.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ShellHarness dir(String relative) {
        try {
            Files.createDirectories(workspace.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(workspace.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
