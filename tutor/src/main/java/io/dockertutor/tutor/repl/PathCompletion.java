package io.dockertutor.tutor.repl;

import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jline.reader.Candidate;

/**
 * File names in the learner's workspace, relative to the shell's current directory. Nothing outside the workspace
 * is listed: the interpreter would refuse those paths anyway, and the host's files are none of the lesson's business.
 */
final class PathCompletion {
    private PathCompletion() {
    }

    static void complete(Path workspace, Path cwd, String current, List<Candidate> out) {
        int slash = current.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : current.substring(0, slash + 1);
        String namePart = current.substring(slash + 1);
        // through the one confined view: a link leading outside is never listed through
        ConfinedFileView view = ConfinedFileView.workspace(workspace);
        String dirShell = ShellPaths.normalize(cwd.toString(), dirPart.isEmpty() ? "." : dirPart);
        Path dir;
        try {
            dir = view.resolve(dirShell);
        } catch (OutsideViewException e) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(namePart) || (name.startsWith(".") && !namePart.startsWith("."))) {
                    continue;
                }
                boolean directory = isDirectory(view, dirShell + "/" + name);
                String value = dirPart + name + (directory ? "/" : "");
                out.add(new Candidate(value, name + (directory ? "/" : ""), "files", null, null, null, !directory));
            }
        } catch (IOException e) {
            // An unreadable directory completes to nothing, as in bash.
        }
    }

    private static boolean isDirectory(ConfinedFileView view, String shellPath) {
        try {
            return Files.isDirectory(view.resolve(shellPath), LinkOption.NOFOLLOW_LINKS);
        } catch (OutsideViewException e) {
            return false;
        }
    }
}
