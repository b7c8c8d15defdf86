package io.dockertutor.tutor.repl;

import io.dockertutor.checker.Text;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.util.Locale;

/**
 * The language the learner reads now: the tutor's messages in it, and lesson text picked in it. {@code lang}
 * switches it for everything that says something from then on.
 */
final class Language {
    private TutorMessages messages;

    Language(TutorMessages messages) {
        this.messages = messages;
    }

    TutorMessages messages() {
        return messages;
    }

    Locale locale() {
        return messages.locale();
    }

    /** The tutor's message {@code key}, filled with {@code args}. */
    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A lesson's text in this language; empty for none. */
    String text(Text text) {
        return text == null ? "" : text.in(messages.locale());
    }

    void switchTo(Locale locale) {
        messages = new TutorMessages(locale);
    }
}
