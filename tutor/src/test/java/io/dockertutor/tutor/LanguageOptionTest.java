package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --lang} takes ko or en; anything else is a usage error said in both languages, exit 2. */
class LanguageOptionTest {
    @ParameterizedTest
    @ValueSource(strings = {"fr", "de_DE", "kor", ""})
    void anUnknownLanguageIsRefusedInBothLanguagesNamingKoAndEn(String lang) {
        MainRun run = MainRun.of("--lang", lang, "lessons");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown language '" + lang + "'. Use ko (Korean) or en (English).")
                .contains("알 수 없는 언어 '" + lang + "'. ko(한국어) 또는 en(영어)을 쓰세요.");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--lang=fr", "--lang fr"})
    void theRefusalHoldsWhereverTheOptionStands(String option) {
        String[] words = option.split(" ");
        String[] args = words.length == 1 ? new String[] {"lessons", words[0]} : new String[] {"lessons", words[0], words[1]};
        assertThat(MainRun.of(args).status()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en", "ko_KR", "EN"})
    void koAndEnAreAccepted(String lang) {
        assertThat(MainRun.of("--lang", lang, "lessons").status()).isZero();
    }
}
