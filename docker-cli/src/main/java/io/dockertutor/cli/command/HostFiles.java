package io.dockertutor.cli.command;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.nio.file.Path;

/**
 * The learner's files as docker sees them on the client side ({@code --env-file}, {@code docker cp}, bind
 * sources, build contexts, {@code --iidfile}): a path as typed, resolved against the session's working directory
 * through the one confined view. A path that is, or passes through a link leading, outside the workspace is
 * refused with {@link OutsideWorkspace}, which the CLI prints as one clear line.
 *
 * <pre>{@code
 * Path env = ctx.files().resolve("./app.env");      // links followed, inside the workspace only
 * Path link = ctx.files().resolveEntry("./x/link"); // the link itself
 * }</pre>
 */
public interface HostFiles {

    /** {@code typed} with every link followed. */
    Path resolve(String typed);

    /** {@code typed} with the links on the way followed, a last one not. */
    Path resolveEntry(String typed);

    /** The shell path {@code typed} really names, links followed: where a command goes on addressing it. */
    String realShellPath(String typed);

    /** The workspace, as refusals name it. */
    String workspace();

    /** Plain resolution against {@code cwd}, for tests of single commands that need no confinement. */
    static HostFiles under(Path cwd) {
        return new HostFiles() {
            @Override
            public Path resolve(String typed) {
                return cwd.resolve(typed).normalize();
            }

            @Override
            public Path resolveEntry(String typed) {
                return resolve(typed);
            }

            @Override
            public String realShellPath(String typed) {
                return resolve(typed).toString();
            }

            @Override
            public String workspace() {
                return cwd.toString();
            }
        };
    }

    /** The files of {@code view} as seen from the shell directory {@code cwd}. */
    static HostFiles through(FileView view, String cwd) {
        return new HostFiles() {
            @Override
            public Path resolve(String typed) {
                try {
                    return view.resolve(cwd, typed);
                } catch (OutsideViewException e) {
                    throw new OutsideWorkspace(ShellPaths.normalize(cwd, typed), e);
                }
            }

            @Override
            public Path resolveEntry(String typed) {
                try {
                    return view.resolveEntry(cwd, typed);
                } catch (OutsideViewException e) {
                    throw new OutsideWorkspace(ShellPaths.normalize(cwd, typed), e);
                }
            }

            @Override
            public String realShellPath(String typed) {
                try {
                    return view.realShellPath(view.absolute(cwd, typed));
                } catch (OutsideViewException e) {
                    throw new OutsideWorkspace(ShellPaths.normalize(cwd, typed), e);
                }
            }

            @Override
            public String workspace() {
                return view.home();
            }
        };
    }
}
