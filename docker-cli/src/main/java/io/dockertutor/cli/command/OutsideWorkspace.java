package io.dockertutor.cli.command;

import io.dockertutor.sh.OutsideViewException;
import java.util.Locale;

/**
 * A docker command named a host path outside the learner's workspace (or reached one through a symbolic link).
 * The command stops there and the learner reads one line, never a disguised {@code no such file}:
 * {@code docker-tutor: /etc/passwd: outside the workspace (docker-tutor keeps files inside /home/me/ws)}.
 */
public final class OutsideWorkspace extends RuntimeException {
    private final String path;
    private final OutsideViewException reason;

    public OutsideWorkspace(String path, OutsideViewException reason) {
        super(path, null, false, false);
        this.path = path;
        this.reason = reason;
    }

    /** The line the learner reads, in the session's language. */
    public String line(Locale locale) {
        return "docker-tutor: " + path + ": " + reason.reason(locale);
    }
}
