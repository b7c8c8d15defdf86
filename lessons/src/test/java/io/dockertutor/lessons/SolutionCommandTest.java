package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lesson's {@code !command} convention, read in one place: what runs, and whether it may fail. */
class SolutionCommandTest {

    @ParameterizedTest(name = "[{0}] runs [{1}], may fail: {2}")
    @CsvSource(delimiter = '|', value = {
            "docker ps                 | docker ps             | false",
            "!docker rm web            | docker rm web         | true",
            "! docker rm web           | docker rm web         | true",
            "'!  docker stop web\t'    | docker stop web       | true",
            "echo hi!                  | echo hi!              | false",
            "'  !docker rm web'        | '  !docker rm web'    | false"})
    void aLeadingBangMarksACommandExpectedToFailAndIsNotPartOfIt(String written, String text, boolean mayFail) {
        SolutionCommand command = SolutionCommand.parse(written);

        assertThat(command.text()).isEqualTo(text);
        assertThat(command.mayFail()).isEqualTo(mayFail);
    }

    @ParameterizedTest(name = "[{0}] reads state: {1}")
    @CsvSource(delimiter = '|', value = {
            "curl -s localhost:8080                  | true",
            "docker logs web                         | true",
            "docker container ps -a                  | true",
            "docker inspect -f '{{.State.Status}}' w | true",
            "docker port web                         | true",
            "docker stop $(docker ps -q)             | true",
            "docker run -d --name web nginx          | false",
            "docker pull nginx                       | false"})
    void onlyCommandsThatReadChangingStateAreWorthAskingAgain(String written, boolean readsState) {
        assertThat(SolutionCommand.parse(written).readsState()).isEqualTo(readsState);
    }
}
