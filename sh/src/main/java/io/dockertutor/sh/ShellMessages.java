package io.dockertutor.sh;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The shell's own (non-imitated) messages in the session's language, from {@code messages*.properties}. */
public final class ShellMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    private ShellMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("io.dockertutor.sh.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ShellMessages of(Locale locale) {
        return new ShellMessages(locale == null ? Locale.ENGLISH : locale);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
