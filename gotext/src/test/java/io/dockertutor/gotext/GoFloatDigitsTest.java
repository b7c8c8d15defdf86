package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * {@code %.Ng} against Go's own output (go-g-precision.txt, printed by a Go program looping
 * {@code fmt.Sprintf("%.*g", p, v)} over the values and precisions listed there).
 */
class GoFloatDigitsTest {
    @ParameterizedTest(name = "%.{1}g of {0}")
    @CsvFileSource(resources = "go-g-precision.txt", delimiter = '|')
    void generalFormMatchesGo(String value, int precision, String expected) {
        assertThat(GoFloatDigits.general(Double.parseDouble(value), precision)).isEqualTo(expected);
    }
}
