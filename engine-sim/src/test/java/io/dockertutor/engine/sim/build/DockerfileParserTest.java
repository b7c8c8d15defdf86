package io.dockertutor.engine.sim.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerfileParserTest {

    @Test
    void everyInstructionOfTheReferenceParsesCaseInsensitively() {
        Dockerfile df = DockerfileParser.parse("""
                ARG BASE=alpine:3.7
                from ${BASE} AS build
                maintainer someone
                LABEL maintainer="Jane Doe" version=1
                WORKDIR /app
                EXPOSE 8080 53/udp
                ENV A=1 B="two words"
                ADD archive.tar.gz /opt/
                COPY --from=build --chown=nobody:nobody --chmod=755 /src /dst
                RUN echo hi
                USER nobody
                ENTRYPOINT ["./app"]
                CMD ["-v"]
                VOLUME ["/data"]
                ONBUILD RUN echo child
                STOPSIGNAL SIGQUIT
                HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/ || exit 1
                SHELL ["/bin/bash", "-c"]
                """);
        assertThat(df.instructions()).extracting(Instruction::keyword).containsExactly("ARG", "FROM", "MAINTAINER", "LABEL",
                "WORKDIR", "EXPOSE", "ENV", "ADD", "COPY", "RUN", "USER", "ENTRYPOINT", "CMD", "VOLUME", "ONBUILD",
                "STOPSIGNAL", "HEALTHCHECK", "SHELL");
        Instruction copy = df.instructions().get(8);
        assertThat(copy.flags()).containsExactly(Map.entry("from", "build"), Map.entry("chown", "nobody:nobody"), Map.entry("chmod", "755"));
        assertThat(copy.words()).containsExactly("/src", "/dst");
        assertThat(df.instructions().get(11).json()).isTrue();
        assertThat(df.instructions().get(9).json()).isFalse();
        assertThat(Healthchecks.parse(df.instructions().get(16)).intervalNanos()).isEqualTo(30_000_000_000L);
    }

    @Test
    void continuationLinesJoinAndSkipCommentsInside() {
        Dockerfile df = DockerfileParser.parse("FROM alpine\nRUN apk add \\\n# a comment\n    curl \\\n    git\nUSER nobody\n");
        Instruction run = df.instructions().get(1);
        assertThat(run.rest()).isEqualTo("apk add     curl     git");
        assertThat(run.startLine()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(5);
        assertThat(df.instructions().get(2).startLine()).isEqualTo(6);
    }

    @Test
    void escapeDirectiveChangesTheContinuationCharacter() {
        Dockerfile df = DockerfileParser.parse("# escape=`\n# syntax=docker/dockerfile:1\nFROM alpine\nRUN echo a `\n  b\n");
        assertThat(df.escape()).isEqualTo('`');
        assertThat(df.syntax()).isEqualTo("docker/dockerfile:1");
        assertThat(df.instructions().get(1).rest()).isEqualTo("echo a   b");
    }

    @Test
    void aDirectiveAfterAnInstructionIsAComment() {
        Dockerfile df = DockerfileParser.parse("FROM alpine\n# escape=`\nRUN echo a \\\n b\n");
        assertThat(df.escape()).isEqualTo('\\');
        assertThat(df.instructions()).hasSize(2);
    }

    @Test
    void invalidJsonFallsBackToShellForm() {
        Instruction cmd = DockerfileParser.parse("FROM alpine\nCMD [\"echo\", hi]\n").instructions().get(1);
        assertThat(cmd.json()).isFalse();
        assertThat(cmd.rest()).isEqualTo("[\"echo\", hi]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FROM alpine:3.7\\nFORM alpine|dockerfile parse error on line 2: unknown instruction: FORM (did you mean FROM?)",
            "FROM alpine:3.7\\nexpse 80|dockerfile parse error on line 2: unknown instruction: expse (did you mean expose?)",
            "FROM alpine:3.7\\nBOGUS x|dockerfile parse error on line 2: unknown instruction: BOGUS",
            "FROM alpine:3.7 xx yy|dockerfile parse error on line 1: FROM requires either one or three arguments",
            "FROM alpine:3.7 AS 1abc|dockerfile parse error on line 1: invalid name for build stage: \"1abc\", name can't start with a number or contain symbols",
            "FROM alpine:3.7\\nCOPY a|dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined",
            "FROM alpine:3.7\\nADD|dockerfile parse error on line 2: ADD requires at least two arguments, but only one was provided. Destination could not be determined",
            "FROM alpine:3.7\\nEXPOSE|dockerfile parse error on line 2: EXPOSE requires at least one argument",
            "FROM alpine:3.7\\nUSER|dockerfile parse error on line 2: USER requires exactly one argument",
            "FROM alpine:3.7\\nWORKDIR|dockerfile parse error on line 2: WORKDIR requires exactly one argument",
            "FROM alpine:3.7\\nLABEL|dockerfile parse error on line 2: LABEL requires at least one argument",
            "FROM alpine:3.7\\nARG|dockerfile parse error on line 2: ARG requires at least one argument",
            "FROM alpine:3.7\\nVOLUME|dockerfile parse error on line 2: VOLUME requires at least one argument",
            "FROM alpine:3.7\\nSTOPSIGNAL|dockerfile parse error on line 2: STOPSIGNAL requires exactly one argument",
            "FROM alpine:3.7\\nMAINTAINER|dockerfile parse error on line 2: MAINTAINER requires exactly one argument",
            "FROM alpine:3.7\\nCOPY --bogus=1 a b|dockerfile parse error on line 2: Unknown flag: bogus",
            "FROM alpine:3.7\\nONBUILD FROM x|dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger",
            "FROM alpine:3.7\\nHEALTHCHECK --interval=x CMD true|dockerfile parse error on line 2: time: invalid duration \"x\"",
            "FROM alpine:3.7\\nENV FOO|dockerfile parse error on line 2: ENV must have two arguments",
            "# escape=x\\nFROM alpine:3.7|invalid escape token 'x' does not match ` or \\",
            "|file with no instructions",
    })
    void parseErrorsSayWhatDockerSays(String dockerfile, String message) {
        String text = dockerfile == null ? "" : dockerfile.replace("\\n", "\n") + "\n";
        assertThatThrownBy(() -> new StagePlan(DockerfileParser.parse(text)))
                .isInstanceOf(DockerfileException.class).hasMessage(message);
    }

    @Test
    void anInstructionBeforeFromHasNoStage() {
        assertThatThrownBy(() -> new StagePlan(DockerfileParser.parse("RUN echo\n")))
                .hasMessage("no build stage in current context");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$A|1", "${A}|1", "${NOPE:-def}|def", "${EMPTY:-def}|def", "${EMPTY-def}|''", "${A:+alt}|alt",
            "${NOPE:+alt}|''", "\"$A b\"|1 b", "\\$A|$A", "pre${A}post|pre1post"})
    void variablesExpandAsBuildKitDoes(String word, String expected) {
        Map<String, String> env = Map.of("A", "1", "EMPTY", "");
        assertThat(new ShellLex('\\').process(word, env)).isEqualTo(expected);
    }

    @Test
    void singleQuotesKeepDollarsLiteral() {
        assertThat(new ShellLex('\\').process("'$A'", Map.of("A", "1"))).isEqualTo("$A");
    }

    @Test
    void envKeepsQuotedValuesWhole() {
        Instruction env = DockerfileParser.parse("FROM a\nENV A=1 B=\"two words\" C=x\\ y\n").instructions().get(1);
        List<Map.Entry<String, String>> pairs = KeyValues.env(env);
        assertThat(pairs).extracting(Map.Entry::getKey).containsExactly("A", "B", "C");
        ShellLex lex = new ShellLex('\\');
        assertThat(lex.process(pairs.get(1).getValue(), Map.of())).isEqualTo("two words");
        assertThat(lex.process(pairs.get(2).getValue(), Map.of())).isEqualTo("x y");
    }

    @Test
    void fromAsCasingAndMaintainerAreLinted() {
        assertThat(Lints.check(DockerfileParser.parse("FROM golang as builder\nMAINTAINER me\nCMD echo hi\n"))).containsExactly(
                "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
                "MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)",
                "JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)");
    }
}
