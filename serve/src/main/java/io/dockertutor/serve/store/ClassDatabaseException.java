package io.dockertutor.serve.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The class's database cannot be used: a URL that names no database docker-tutor speaks, a database that cannot be
 * reached or brought up to date, a statement that failed. Its text is in English and Korean
 * ({@code io/dockertutor/serve/messages*.properties}); {@link #getMessage()} is the English one.
 */
public final class ClassDatabaseException extends RuntimeException {
    private final String key;
    private final Object[] args;

    ClassDatabaseException(String key, Throwable cause, Object... args) {
        super(format(Locale.ENGLISH, key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The message in {@code locale}'s language (English unless Korean). */
    public String message(Locale locale) {
        return format(locale, key, args);
    }

    /** Why, in a few words, from the exception below: the driver's own text. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("io.dockertutor.serve.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
