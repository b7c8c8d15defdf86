package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem has its message in both languages, naming the endpoint. */
class ConnectionMessagesTest {

    @ParameterizedTest
    @EnumSource(EngineUnavailableException.Problem.class)
    void everyProblemIsToldInEnglishAndKorean(EngineUnavailableException.Problem problem) {
        String en = new ConnectionMessages(Locale.ENGLISH).text(problem, "tcp://lab:2376", "DOCKER_HOST", "detail");
        String ko = new ConnectionMessages(Locale.KOREAN).text(problem, "tcp://lab:2376", "DOCKER_HOST", "detail");

        assertThat(en).contains("tcp://lab:2376").doesNotContain("{0}").doesNotContain("{1}");
        assertThat(ko).contains("tcp://lab:2376").isNotEqualTo(en).doesNotContain("{0}");
    }
}
