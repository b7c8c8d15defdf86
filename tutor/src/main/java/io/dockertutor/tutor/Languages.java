package io.dockertutor.tutor;

import java.util.Locale;
import java.util.Map;

/** Chooses the learner's language: {@code --lang}, then {@code LC_ALL}/{@code LANG} ({@code ko_*} is Korean), then English. */
final class Languages {
    static final Locale KOREAN = Locale.KOREAN;

    private Languages() {
    }

    /** Whether {@code --lang} names a language the tutor speaks: {@code ko} or {@code en} (also as {@code ko_KR}, {@code en-US}). */
    static boolean known(String flag) {
        return flag.toLowerCase(Locale.ROOT).matches("(ko|en)([_.-].*)?");
    }

    static Locale resolve(String flag, Map<String, String> env) {
        if (flag != null && !flag.isBlank()) {
            return flag.toLowerCase(Locale.ROOT).startsWith("ko") ? KOREAN : Locale.ENGLISH;
        }
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                return v.toLowerCase(Locale.ROOT).startsWith("ko") ? KOREAN : Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
