package io.dockertutor.engine.sim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({"74.8MB, 74800000", "1.62kB, 1620", "336B, 336", "4620, 4620", "0, 0", "13.3kB, 13300",
        "1.5GB, 1500000000", "2kb, 2000", "5 MB, 5000000", "0B, 0"})
    void sizesUseDockersDecimalUnits(String text, long bytes) {
        assertThat(ByteSize.parse(text)).contains(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1", "1.2.3MB", "12XB", "74.8 megabytes", "MB", "99999999999999999999TB"})
    void anythingElseIsNotASize(String text) {
        assertThat(ByteSize.parse(text)).isEmpty();
    }
}
