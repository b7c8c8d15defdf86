package io.dockertutor.lessons.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LiteralEmphasisTest {
    @Test
    void boldClosedAfterAParenthesisBeforeHangulStaysLiteral() {
        List<TextSpot> spots = LiteralEmphasis.find("이미지의 고유한 값은 **다이제스트(digest)**입니다.");
        assertThat(spots).singleElement().satisfies(s -> {
            assertThat(s.line()).isZero();
            assertThat(s.column()).isEqualTo(12);
            assertThat(s.found()).isEqualTo("**");
        });
    }

    @Test
    void theSecondOfTwoBrokenSpansIsFoundOnItsOwnLine() {
        List<TextSpot> spots = LiteralEmphasis.find("첫 줄은 **괜찮습니다**.\n\n**도커 파일(Dockerfile)**을 씁니다.");
        assertThat(spots).extracting(TextSpot::line, TextSpot::column).containsExactly(org.assertj.core.groups.Tuple.tuple(2, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "**다이제스트**(digest)입니다",
        "3 * 4 = 12",
        "`docker images '*'` and `*.txt`",
        "an escaped \\*star\\* is meant",
        "```\nRUN echo **not emphasis**입니다\n```",
        "*italic* and **bold**",
        "| a | b |\n|---|---|\n| **굵게** | x |",
    })
    void emphasisThatRendersOrLiteralStarsMeantAsSuchAreNotReported(String markdown) {
        assertThat(LiteralEmphasis.find(markdown)).isEmpty();
    }
}
