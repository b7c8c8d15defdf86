package io.dockertutor.tutor.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * docker-tutor's own messages, in Korean and English, from {@code io/dockertutor/tutor/messages*.properties}; the
 * REPL, the renderer and the commands all take their words from here, so no learner-facing text lives in Java.
 */
public final class TutorMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public TutorMessages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English asked for is English, even on a Korean system.
        this.bundle = ResourceBundle.getBundle("io.dockertutor.tutor.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
