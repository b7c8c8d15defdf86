package io.dockertutor.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** docker-tutor's own messages, in Korean and English, from {@code io/dockertutor/shell/messages*.properties}. */
final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("io.dockertutor.shell.messages", locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
