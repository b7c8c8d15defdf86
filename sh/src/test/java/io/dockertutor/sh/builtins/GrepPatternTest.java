package io.dockertutor.sh.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** POSIX regular expressions as grep and sed read them, translated to java.util.regex. */
class GrepPatternTest {
    private static boolean finds(String regex, boolean extended, String text) throws GrepPattern.Invalid {
        return GrepPattern.compile(List.of(regex), extended, false, false, false, false).matcher(text).find();
    }

    @Test
    void aStarRepeatsTheAtomBeforeItAndIsLiteralOnlyAtTheStart() throws GrepPattern.Invalid {
        assertThat(finds("n.*", false, "one")).isTrue();
        assertThat(finds("^o.*e$", false, "one")).isTrue();
        assertThat(finds("x*", true, "abc")).as("zero repetitions match").isTrue();
        assertThat(GrepPattern.translate("ne*", false)).isEqualTo("ne*");
        assertThat(finds("*a", false, "*a")).isTrue();
        assertThat(finds("*a", false, "a")).as("a leading * is literal in a basic RE").isFalse();
    }
}
