package io.dockertutor.engine;

import java.util.List;

/**
 * {@code docker exec} options: the command, and how it runs.
 *
 * @param user       {@code -u}, or empty for the container's user
 * @param workingDir {@code -w}, or empty for the container's working directory
 * @param detachKeys {@code --detach-keys} as given, or empty for the default (see {@link DetachKeys})
 * @param detach     {@code -d}: the command is started and left running; nothing of it is awaited or printed
 */
public record ExecSpec(List<String> cmd, List<String> env, String user, String workingDir, boolean tty, boolean interactive,
                       String detachKeys, boolean detach) {
    public ExecSpec {
        cmd = List.copyOf(cmd);
        env = env == null ? List.of() : List.copyOf(env);
        user = user == null ? "" : user;
        workingDir = workingDir == null ? "" : workingDir;
        detachKeys = detachKeys == null ? "" : detachKeys;
    }

    public ExecSpec(List<String> cmd, List<String> env, String user, String workingDir, boolean tty, boolean interactive) {
        this(cmd, env, user, workingDir, tty, interactive, "", false);
    }

    public ExecSpec(List<String> cmd, List<String> env, String user, String workingDir, boolean tty, boolean interactive,
                    String detachKeys) {
        this(cmd, env, user, workingDir, tty, interactive, detachKeys, false);
    }
}
