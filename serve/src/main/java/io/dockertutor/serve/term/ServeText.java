package io.dockertutor.serve.term;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The server's own lines in one language (the {@code io.dockertutor.serve.messages} bundle, Korean and English). */
public final class ServeText {
    private final ResourceBundle bundle;

    public ServeText(Locale locale) {
        this.bundle = ResourceBundle.getBundle("io.dockertutor.serve.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
