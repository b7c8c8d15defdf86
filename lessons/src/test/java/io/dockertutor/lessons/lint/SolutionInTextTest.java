package io.dockertutor.lessons.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolutionInTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Run `docker pull nginx` now.|docker pull nginx|0:5",
        "먼저\\ndocker pull nginx 를 입력하세요.|docker pull nginx|1:0",
        "Type docker ps.|docker ps|0:5",
    })
    void aWholeSolutionCommandInTheTextIsFound(String text, String command, String place) {
        String[] lineColumn = place.split(":");
        assertThat(SolutionInText.find(text.replace("\\n", "\n"), command)).hasValueSatisfying(s -> {
            assertThat(s.line()).isEqualTo(Integer.parseInt(lineColumn[0]));
            assertThat(s.column()).isEqualTo(Integer.parseInt(lineColumn[1]));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Run `docker ps -a` to see all.|docker ps",
        "Pull `docker pull nginx:1.25`.|docker pull nginx",
        "Look with `mydocker ps`.|docker ps",
        "Pull the image named nginx.|docker pull nginx",
    })
    void aCommandThatOnlyStartsAnotherOrIsAbsentIsNotFound(String text, String command) {
        assertThat(SolutionInText.find(text, command)).isEmpty();
    }
}
