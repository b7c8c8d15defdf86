package io.dockertutor.tutor.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private static final MarkdownRenderer PLAIN = new MarkdownRenderer(Theme.plain(), kind -> kind.equals("important") ? "중요" : kind);

    private static String plain(String markdown, int width) {
        return PLAIN.renderToString(markdown, width);
    }

    private static int columns(String line) {
        return new AttributedString(line).columnLength();
    }

    @Test
    void headingsStandOutWithoutColorByARuleUnderThem() {
        assertThat(plain("# 포트 게시\n\n## Ports\n\ntext", 40)).isEqualTo("포트 게시\n=========\n\nPorts\n-----\n\ntext\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 27, 33, 40})
    void koreanTextWrapsByTerminalColumnsWhereHangulTakesTwo(int width) {
        String text = "컨테이너의 포트를 호스트에 게시하면 브라우저에서 웹 서버에 접속할 수 있습니다. 포트 번호를 잘 기억하세요.";
        List<String> lines = plain(text, width).lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(columns(line)).isLessThanOrEqualTo(width));
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).hasSizeGreaterThan(1);
    }

    @Test
    void aWordWiderThanTheLineIsCutRatherThanOverflowing() {
        String path = "/very/long/path/".repeat(5);
        assertThat(plain(path, 20).lines()).allSatisfy(line -> assertThat(columns(line)).isLessThanOrEqualTo(20));
    }

    @Test
    void codeBlocksAreIndentedAndNeverWrapped() {
        String out = plain("Run:\n\n```sh\ndocker run -d --name web -p 8080:80 --restart unless-stopped nginx:1.27\n```\n", 30);
        assertThat(out).contains("\n    docker run -d --name web -p 8080:80 --restart unless-stopped nginx:1.27\n");
    }

    @Test
    void inlineCodeKeepsItsBackticksWhenThereIsNoColorToSetItApart() {
        assertThat(plain("Type `docker ps` now.", 40)).isEqualTo("Type `docker ps` now.\n");
        MarkdownRenderer colored = new MarkdownRenderer(Theme.colored(), k -> k);
        AttributedString line = colored.render("Type `docker ps` now.", 40).get(0);
        assertThat(line.toString()).isEqualTo("Type docker ps now.");
        assertThat(line.styleAt(5)).isEqualTo(Theme.colored().code());
    }

    @Test
    void emphasisAndLinksInColor() {
        AttributedString line = new MarkdownRenderer(Theme.colored(), k -> k)
                .render("**bold** and [docs](https://docs.docker.com/)", 80).get(0);
        assertThat(line.toString()).isEqualTo("bold and docs (https://docs.docker.com/)");
        assertThat(line.styleAt(0)).isEqualTo(AttributedStyle.DEFAULT.bold());
    }

    @Test
    void linksShowTheirAddressUnlessTheTextIsTheAddress() {
        assertThat(plain("See [the docs](https://docs.docker.com/) or <https://hub.docker.com/>.", 80))
                .isEqualTo("See the docs (https://docs.docker.com/) or https://hub.docker.com/.\n");
    }

    @Test
    void listsHangTheirContinuationLinesUnderTheText() {
        String out = plain("- first item that is long enough to wrap around\n- second\n\n1. one\n2. two\n", 24);
        assertThat(out).isEqualTo("• first item that is\n  long enough to wrap\n  around\n• second\n\n1. one\n2. two\n");
    }

    @Test
    void blockQuotesAndCallOutsAreSetApartByABar() {
        String out = plain("> [!important]\n> Do **not** forget `-d`.\n\n> just a quote\n", 40);
        assertThat(out).isEqualTo("│ ! 중요\n│ Do not forget `-d`.\n\n│ just a quote\n");
    }

    @Test
    void tableColumnsAlignByDisplayWidthWithKoreanText() {
        String out = plain("| 명령 | 설명 |\n|---|---|\n| `docker ps` | 실행 중인 컨테이너 |\n| ls | 파일 |\n", 80);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(4);
        int bar = columns(lines.get(0).substring(0, lines.get(0).indexOf('|')));
        for (String line : List.of(lines.get(0), lines.get(2), lines.get(3))) {
            assertThat(columns(line.substring(0, line.indexOf('|')))).as(line).isEqualTo(bar);
        }
        assertThat(lines.get(1)).matches("-+\\+-+");
    }

    @Test
    void aTableWiderThanTheScreenWrapsItsWidestColumn() {
        String out = plain("| a | b |\n|---|---|\n| x | 아주 긴 설명이 들어가는 칸입니다 그래서 줄을 바꿔야 합니다 |\n", 30);
        assertThat(out.lines()).allSatisfy(line -> assertThat(columns(line)).isLessThanOrEqualTo(30));
        assertThat(out.lines().count()).isGreaterThan(3);
    }

    @Test
    void rightAndCenterAlignmentAreHonoured() {
        List<String> lines = plain("| n | name |\n|--:|:---:|\n| 1 | ab |\n| 100 | abcdef |\n", 40).lines().toList();
        assertThat(lines.get(2)).startsWith("   1 |   ab");
    }
}
