package io.dockertutor.tutor.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Messages kept parsed read exactly as a freshly parsed MessageFormat writes them, in both languages, from any thread. */
class TutorMessagesFormatTest {
    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[0],
            new Object[] {3, 14, "docker-101", 2.5, 1234567L},
            new Object[] {"busybox", 0, -1, "a 'quoted' {0} text", 1_000_000},
            new Object[] {12345.678, "x", 7, 8, 9, 10});

    @Test
    void everyMessageOfBothLanguagesReadsAsMessageFormatWritesItWithAnyArguments() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("io.dockertutor.tutor.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            TutorMessages messages = new TutorMessages(locale);
            int compared = 0;
            for (String key : bundle.keySet()) {
                for (Object[] args : ARGUMENTS) {
                    String expected;
                    try {
                        expected = new MessageFormat(bundle.getString(key), locale).format(args);
                    } catch (IllegalArgumentException wrongKind) {
                        // A text where the pattern wants a number: refused the same way.
                        assertThatThrownBy(() -> messages.get(key, args)).as("%s %s", locale, key)
                                .isInstanceOf(IllegalArgumentException.class);
                        continue;
                    }
                    assertThat(messages.get(key, args)).as("%s %s", locale, key).isEqualTo(expected);
                    compared++;
                }
            }
            assertThat(compared).as("messages compared in %s", locale).isGreaterThan(400);
        }
    }

    @Test
    void aNumberWithAFormatOfItsOwnKeepsIt() {
        ResourceBundle bundle = ResourceBundle.getBundle("io.dockertutor.tutor.messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> withFormats = bundle.keySet().stream()
                .filter(k -> bundle.getString(k).matches("(?s).*\\{\\d+,\\s*(number|choice).*")).toList();
        TutorMessages messages = new TutorMessages(Locale.ENGLISH);
        for (String key : withFormats) {
            for (Object n : new Object[] {0, 1, 2, 1500, 2.25}) {
                Object[] args = {n, n, n, n};
                assertThat(messages.get(key, args)).as(key)
                        .isEqualTo(new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args));
            }
        }
    }

    @Test
    void manyThreadsFormattingTheSameMessageEachGetTheirOwnArguments() throws Exception {
        TutorMessages messages = new TutorMessages(Locale.ENGLISH);
        String key = new ArrayList<>(ResourceBundle.getBundle("io.dockertutor.tutor.messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet()).stream()
                .filter(k -> messages.get(k, "§A§").contains("§A§")).findFirst().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> each = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String mine = "§" + t + "§";
                each.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!messages.get(key, mine).contains(mine)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : each) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownKeyIsStillAnError() {
        assertThatThrownBy(() -> new TutorMessages(Locale.ENGLISH).get("no.such.key"))
                .isInstanceOf(MissingResourceException.class);
    }
}
