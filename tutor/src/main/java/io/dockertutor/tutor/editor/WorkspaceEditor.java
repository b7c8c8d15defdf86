package io.dockertutor.tutor.editor;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellSession;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;

/**
 * {@code edit FILE}, {@code nano FILE} and {@code vi FILE}: JLine's Nano ({@link ConfinedNano}) on the learner's own
 * terminal, on a workspace file. The path goes through the shell's confined view as {@code cat}'s does, so a path or a
 * link leading outside is refused with the same words. Nano edits a copy in a private directory; when the learner
 * saved, the new bytes go back to the path the view resolved, again without following a link. A shell without a
 * terminal (a batch run, a pipe, a dumb terminal) refuses and suggests a here-document. Saving is a change of a
 * workspace file like a redirection's, so the tutor's {@code undo} takes it back.
 *
 * <pre>{@code
 * WorkspaceEditor.install(interpreter.shell(), terminal);   // null: no terminal, the commands only explain
 * interpreter.run("nano Dockerfile", ...);
 * }</pre>
 */
public final class WorkspaceEditor implements Command {
    /** The names the learner may type; all three open the same editor. */
    public static final List<String> NAMES = List.of("edit", "nano", "vi");

    private final Terminal terminal;

    private WorkspaceEditor(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Adds the editor's commands to {@code shell}, on {@code terminal}; null or a dumb terminal: they only explain. */
    public static void install(ShellSession shell, Terminal terminal) {
        boolean usable = terminal != null && !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        WorkspaceEditor editor = new WorkspaceEditor(usable ? terminal : null);
        NAMES.forEach(name -> shell.commands().put(name, editor));
    }

    @Override
    public int run(Invocation call) {
        TutorMessages m = new TutorMessages(call.shell().locale());
        String command = call.name();
        List<String> args = call.args();
        if (args.contains("--help") || args.contains("-h")) {
            call.out().println(m.get("editor.usage", command));
            call.out().println("  " + m.get("editor.help"));
            return 0;
        }
        if (args.size() != 1 || args.get(0).isEmpty() || args.get(0).startsWith("-")) {
            call.err().println(m.get("editor.usage", command));
            return 2;
        }
        String typed = args.get(0);
        if (terminal == null || !call.outIsTerminal()) {
            call.err().println(m.get("editor.noTerminal", command, typed));
            return 1;
        }
        try {
            EditableFile file = EditableFile.open(call.resolve(typed), typed);
            call.out().flush();
            call.err().flush();
            Optional<byte[]> saved = editCopy(file);
            if (saved.isPresent()) {
                save(call, typed, file.path(), saved.get());
            }
            return 0;
        } catch (OutsideViewException e) {
            call.err().println(command + ": " + typed + ": " + call.reason(e));
        } catch (EditableFile.Refused r) {
            call.err().println(m.get(r.key(), command, typed, r.detail()));
        } catch (IOException | RuntimeException e) {
            call.err().println(m.get("editor.failed", command, typed, reason(e, m)));
        }
        return 1;
    }

    /** Nano on a private copy of {@code file}; the bytes saved, when they differ from what it opened with. */
    private Optional<byte[]> editCopy(EditableFile file) throws IOException {
        Path dir = Files.createTempDirectory("docker-tutor-edit-");
        try {
            Path copy = dir.resolve(file.name());
            Files.write(copy, file.bytes());
            ConfinedNano nano = new ConfinedNano(terminal, dir);
            nano.open(file.name());
            nano.run();
            byte[] after = Files.readAllBytes(copy);
            return java.util.Arrays.equals(after, file.bytes()) ? Optional.empty() : Optional.of(after);
        } finally {
            removeTree(dir);
        }
    }

    /**
     * Writes what was saved to the workspace, once the view still resolves the path as it did (a link put there
     * meanwhile is refused, as a redirection refuses it).
     */
    private static void save(Invocation call, String typed, Path opened, byte[] bytes) throws OutsideViewException, IOException {
        Path now = call.resolve(typed);
        if (!now.equals(opened)) {
            throw new OutsideViewException("path.outsideWorkspace", call.shell().files().home());
        }
        Files.write(now, bytes, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    }

    private static void removeTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A copy left in the system's temporary directory is the operating system's to clear.
        }
    }

    /** Why a file could not be read or written, in the learner's language where the system's words are known. */
    private static String reason(Exception e, TutorMessages m) {
        if (e instanceof AccessDeniedException) {
            return m.get("io.denied");
        }
        if (e instanceof NoSuchFileException) {
            return m.get("io.noSuchFile");
        }
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return why == null ? e.getClass().getSimpleName() : why;
    }
}
