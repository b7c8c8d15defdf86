package io.dockertutor.checker;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The checker's texts in Korean and English, from {@code io/dockertutor/checker/messages*.properties}. */
final class CheckerMessages {
    private CheckerMessages() {
    }

    static String get(CheckContext ctx, String key, Object... args) {
        return get(ctx.locale(), key, args);
    }

    static String get(Locale locale, String key, Object... args) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle bundle = ResourceBundle.getBundle("io.dockertutor.checker.messages", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), l).format(args);
    }
}
