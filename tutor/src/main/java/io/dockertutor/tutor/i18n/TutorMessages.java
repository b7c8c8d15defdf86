package io.dockertutor.tutor.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * docker-tutor's own messages, in Korean and English, from {@code io/dockertutor/tutor/messages*.properties}; the
 * REPL, the renderer and the commands all take their words from here, so no learner-facing text lives in Java.
 *
 * <p>Each pattern is parsed once per process and language, not at every use: the prompt alone is formatted at every
 * redraw of every learner's line, and parsing it (and looking up a number format for its step numbers) was a few
 * percent of a classroom server's processor.
 */
public final class TutorMessages {
    /** Parsed patterns by language and key: a process-wide cache, the bundles being the same for everyone. */
    private static final Map<List<Object>, Pattern> PATTERNS = new ConcurrentHashMap<>();
    /** The number format {@code {0}} uses for a number, one per language; each use takes a copy of it. */
    private static final Map<Locale, NumberFormat> NUMBERS = new ConcurrentHashMap<>();

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

    /** The message {@code key} with {@code args} in its places, exactly as {@link MessageFormat#format} makes it. */
    public String get(String key, Object... args) {
        Pattern pattern = PATTERNS.computeIfAbsent(List.of(locale, key),
                k -> Pattern.of(new MessageFormat(bundle.getString(key), locale)));
        if (args.length == 0) {
            return pattern.withoutArguments();
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number n && pattern.plain(i)) {
                // What MessageFormat does for a number in a plain {i}, with a format kept instead of looked up.
                shown[i] = ((NumberFormat) NUMBERS.computeIfAbsent(locale, NumberFormat::getInstance).clone()).format(n);
            }
        }
        return pattern.format(shown);
    }

    /**
     * A parsed pattern. MessageFormat is not safe for threads, so each use formats with a copy: a lock shared by every
     * learner's thread made them queue behind one descheduled while holding it (seconds of waiting per class).
     */
    private record Pattern(MessageFormat format, Format[] byArgument, String withoutArguments) {
        static Pattern of(MessageFormat format) {
            return new Pattern(format, format.getFormatsByArgumentIndex(), format.format(new Object[0]));
        }

        /** Whether argument {@code i} is written as {@code {i}}, with no format of its own. */
        boolean plain(int i) {
            return i >= byArgument.length || byArgument[i] == null;
        }

        String format(Object[] args) {
            return ((MessageFormat) format.clone()).format(args);
        }
    }
}
