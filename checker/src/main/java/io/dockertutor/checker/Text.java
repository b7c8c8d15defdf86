package io.dockertutor.checker;

import java.util.Locale;

/**
 * A text in Korean and English. A missing language falls back to English (then Korean), so a lesson written in
 * one language still reads; the linter warns about it.
 */
public record Text(String ko, String en) {
    public static Text of(String both) {
        return new Text(both, both);
    }

    public String in(Locale locale) {
        boolean korean = locale != null && locale.getLanguage().equals("ko");
        String first = korean ? ko : en;
        String second = korean ? en : ko;
        return first != null && !first.isBlank() ? first : second != null ? second : "";
    }
}
