package io.dockertutor.lessons.lint;

import io.dockertutor.checker.Text;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The lint's messages in both languages at once ({@code lint.properties}, {@code lint_ko.properties}): a warning
 * is made once and printed in whichever language the command runs in.
 */
public final class LintMessages {
    private static final String BUNDLE = "io.dockertutor.lessons.lint.lint";
    private static final ResourceBundle EN = bundle(Locale.ROOT);
    private static final ResourceBundle KO = bundle(Locale.KOREAN);

    private LintMessages() {
    }

    /** The message {@code key} with its arguments; a {@link Text} argument is given in each language. */
    public static Text text(String key, Object... args) {
        return new Text(format(KO, Locale.KOREAN, key, args), format(EN, Locale.ENGLISH, key, args));
    }

    static Text warningWord() {
        return text("warning");
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object[] args) {
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = args[i] instanceof Text t ? t.in(locale) : args[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(localized);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
