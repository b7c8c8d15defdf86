package io.dockertutor.sh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deeply nested and unbalanced input (thousands of {@code $(}, quotes, groups, loops) ends as a syntax error or an
 * incomplete line: never a StackOverflowError, never an exception out of the shell.
 */
class DeepNestingTest {
    /** Openers and their closers: every construct the parser nests. */
    private static final List<List<String>> CONSTRUCTS = List.of(
            List.of("$(", ")"), List.of("(", ")"), List.of("{ ", "; }"), List.of("\"", "\""), List.of("${x:-", "}"),
            List.of("$((", "))"), List.of("`", "`"), List.of("'", "'"), List.of("while true; do ", "; done"),
            List.of("until false; do ", "; done"), List.of("if true; then ", "; fi"), List.of("for i in 1; do ", "; done"),
            List.of("case x in x) ", ";; esac"), List.of("echo \"$(", ")\""), List.of("f() { ", "; }; f"));

    private static ShellHarness harness() {
        try {
            return new ShellHarness(Files.createTempDirectory("deep-nesting"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"$(", "(", "{ ", "\"$(", "${x:-", "$((", "while true; do ", "if true; then ", "( ( "})
    void thousandsOfBalancedLevelsAreASyntaxErrorNamingTheLimit(String opener) {
        List<String> construct = CONSTRUCTS.stream().filter(c -> c.get(0).equals(opener)).findFirst()
                .orElse(List.of(opener, opener.equals("\"$(") ? ")\"" : opener.equals("( ( ") ? ") ) " : ")"));
        String prefix = opener.startsWith("$") || opener.startsWith("\"") ? "echo " : "";
        String line = prefix + opener.repeat(3000) + "echo x" + construct.get(1).repeat(3000);
        ShellHarness.Result r = harness().run(line);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nested too deeply").contains(String.valueOf(ShellParser.MAX_NESTING));
    }

    @Test
    void fiveThousandUnbalancedSubstitutionsAreASyntaxErrorNotACrash() {
        String line = "echo " + "$(".repeat(5000);
        assertThat(ShellSyntax.isComplete(line)).isTrue(); // the limit is a plain syntax error: the REPL runs it
        ShellHarness.Result r = harness().run(line);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nested too deeply");
    }

    @Test
    void theNestingLimitIsSaidInKoreanToo() {
        ShellHarness h = new ShellHarness(harness().workspace, null, java.util.Locale.KOREAN);
        assertThat(h.run("echo " + "$(".repeat(200)).err()).contains("너무 깊이 중첩");
    }

    @Test
    void nestingBelowTheLimitStillWorks() {
        int depth = ShellParser.MAX_NESTING / 2 - 2;
        String line = "echo " + "$(echo ".repeat(depth) + "deep" + ")".repeat(depth);
        assertThat(harness().run(line).out()).isEqualTo("deep\n");
    }

    @Property(tries = 300)
    void nestedOrUnbalancedInputNeverThrows(@ForAll("nestedLines") String line) {
        assertThatCode(() -> {
            ShellSyntax.isComplete(line);
            ShellSyntax.splitCommands(line);
        }).doesNotThrowAnyException();
        ShellHarness h = harness();
        h.shell.maxLoopIterations(50);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = h.shell.run(line, out, out);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isBetween(0, 255);
        assertThat(printed).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }

    @Provide
    Arbitrary<String> nestedLines() {
        Arbitrary<List<Integer>> openers = Arbitraries.integers().between(0, CONSTRUCTS.size() - 1).list()
                .ofMinSize(1).ofMaxSize(4000);
        Arbitrary<Integer> closedFraction = Arbitraries.integers().between(0, 100);
        Arbitrary<String> noise = Arbitraries.strings().withChars(" ;|&()'\"`${}\\\n#").ofMaxLength(8);
        return Combinators.combine(openers, closedFraction, noise).as((ids, percent, tail) -> {
            StringBuilder sb = new StringBuilder(ids.get(0) % 2 == 0 ? "echo " : "");
            for (int id : ids) {
                sb.append(CONSTRUCTS.get(id).get(0));
            }
            sb.append("echo x");
            int closed = ids.size() * percent / 100;
            for (int i = ids.size() - 1; i >= ids.size() - closed; i--) {
                sb.append(CONSTRUCTS.get(ids.get(i)).get(1));
            }
            return sb.append(tail).toString();
        });
    }

    @Test
    void deepArithmeticParenthesesAreAnErrorNotACrash() {
        String line = "echo $((" + "(".repeat(3000) + "1" + ")".repeat(3000) + "))";
        ShellHarness.Result r = harness().run(line);
        assertThat(r.status()).isBetween(1, 2);
        assertThat(r.err()).contains("nested too deeply");
    }
}
