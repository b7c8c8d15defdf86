package io.dockertutor.sh;

import java.util.Locale;

/**
 * A path the file view will not reach. Carries a message key and arguments so the learner reads the reason in
 * the session's language, e.g. {@code cd: /etc: outside the workspace (docker-tutor keeps files inside /ws)}.
 */
public final class OutsideViewException extends Exception {
    private final String key;
    private final Object[] args;

    public OutsideViewException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    /** The reason in the given language, without the command name or path in front. */
    public String reason(Locale locale) {
        return ShellMessages.of(locale).format(key, args);
    }
}
