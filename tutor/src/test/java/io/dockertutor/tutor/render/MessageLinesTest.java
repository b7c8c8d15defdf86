package io.dockertutor.tutor.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageLinesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Detach with Ctrl-P Ctrl-Q, as docker does", 20,
                        List.of("Detach with Ctrl-P", "Ctrl-Q, as docker", "does")),
                Arguments.of("컨테이너는 이미지에서 시작합니다", 12, List.of("컨테이너는", "이미지에서", "시작합니다")),
                Arguments.of("  - expected a container named web", 20,
                        List.of("  - expected a", "    container named", "    web")),
                Arguments.of("    docker run --name web -p 8080:80 nginx", 20, List.of("    docker run --name web -p 8080:80 nginx")),
                Arguments.of("  exit      Leave docker-tutor, saving your progress", 30,
                        List.of("  exit      Leave", "            docker-tutor,", "            saving your", "            progress")),
                Arguments.of("a-path-far-too-long-for-a-line", 10, List.of("a-path-far", "-too-long-", "for-a-line")),
                Arguments.of("fits", 20, List.of("fits")),
                Arguments.of("one\ntwo", 20, List.of("one", "two")),
                Arguments.of("no width, no wrapping at all", 0, List.of("no width, no wrapping at all")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void wrapsAtSpacesByDisplayWidthKeepingIndentationAndCode(String text, int width, List<String> lines) {
        assertThat(MessageLines.wrap(text, width)).isEqualTo(lines);
    }

    @Test
    void aLineExactlyAsWideAsTheTerminalStaysWhole() {
        assertThat(MessageLines.wrap("가나다 abc", 10)).containsExactly("가나다 abc");
    }
}
