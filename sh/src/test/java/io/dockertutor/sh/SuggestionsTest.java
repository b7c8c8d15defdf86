package io.dockertutor.sh;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.sh.builtins.BuiltinTable;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    private static Set<String> tutorShellNames() {
        Set<String> names = new TreeSet<>(BuiltinTable.standard().keySet());
        names.add("docker");
        return names;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "copy, cp", "cpy, cp", "move, mv", "mvoe, mv", "mkdri, mkdir", "dokcer, docker", "doker, docker",
        "dcoker, docker", "cta, cat", "sl, ls", "grpe, grep", "ehco, echo", "rmdri, rmdir", "tuch, touch",
        "clera, clear", "eixt, exit", "chomd, chmod", "culr, curl", "cmpp, cmp", "dif, diff", "fnd, find",
        "remove, -", "histroy, -", "nano, -", "apt-get, -", "xy, -", "dir, -",
    })
    void aMistypedCommandGetsTheNameNeedingFewestEditsAndFewestUntypedLetters(String typed, String suggested) {
        assertThat(Suggestions.nearest(typed, tutorShellNames())).isEqualTo(suggested);
    }
}
