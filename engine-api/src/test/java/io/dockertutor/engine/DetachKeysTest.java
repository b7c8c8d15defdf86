package io.dockertutor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetachKeysTest {
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"ctrl-p,ctrl-q", "a", "ctrl-@", "ctrl-\\", "ctrl-_", "ctrl-[,ctrl-]", "ctrl-^", "DEL", "x,y,z", ""})
    void theDaemonTakesSingleCharactersControlKeysAndDel(String keys) {
        assertThat(DetachKeys.accepted(keys)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"ctrl-", "ctrl-A", "ctrl-1", "ctrlp", "a,", ",a", "ctrl-p,,ctrl-q", "é", "del", "ctrl-pq"})
    void theDaemonRefusesAnythingElse(String keys) {
        assertThat(DetachKeys.accepted(keys)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void controlKeysAreTheirAsciiCodes() {
        assertThat(DetachKeys.parse("ctrl-p,ctrl-q,ctrl-@,ctrl-_,DEL,a")).hasValue(new byte[] {16, 17, 0, 31, 127, 'a'});
    }
}
