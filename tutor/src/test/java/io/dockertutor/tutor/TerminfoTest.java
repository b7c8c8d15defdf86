package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminfoTest {
    @ParameterizedTest
    @ValueSource(strings = {"dumb", "dumb-color", "ansi", "xterm", "xterm-256color", "windows", "windows-256color",
            "windows-conemu", "windows-vtp", "screen", "screen-256color", "rxvt-unicode", "rxvt-unicode-256color",
            "rxvt-basic", "rxvt"})
    void readsEveryBundledTerminalAsJLineReadsIt(String type) {
        String text = InfoCmp.getLoadedInfoCmp(type);
        assertThat(text).isNotNull();
        assertSameAsJLine(text);
        assertThat(Terminfo.bundled(type).split("\n")).containsExactly(text.split("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# comment\nname|a terminal,\n\tam, cols#80, it#010, lines#0x18, bel=^G, kbs=^H,\n",
        "# comment\nname,\n  am,, ,cr=\\r,\tclear=\\E[H$<50>, \n",
        "# comment\nname,\n\tflash=\\E[?5h$<100/>\\E[?5l, cup=\\E[%i%p1%d;%p2%dH$<5>\n",
        "# comment\nname,\n\tcols#80, bold=\\E[1m\n"})
    void readsUnusualLinesAsJLineReadsThem(String text) {
        assertSameAsJLine(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vt100", "../utils/xterm", "xterm-256color/x", ""})
    void knowsNoTerminalJLineDoesNotBundle(String type) {
        assertThat(Terminfo.bundled(type)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key_up", "kcuu1", "clear_screen", "clear", "max_colors", "colors"})
    void knowsCapabilitiesByBothNames(String name) throws Exception {
        assertThat(Terminfo.names()).containsEntry(name, InfoCmp.getCapabilitiesByName().get(name));
    }

    private static void assertSameAsJLine(String text) {
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        InfoCmp.parseInfoCmp(text, bools, ints, strings);
        Set<Capability> fastBools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> fastInts = new HashMap<>();
        Map<Capability, String> fastStrings = new HashMap<>();
        assertThat(Terminfo.parse(text, fastBools, fastInts, fastStrings)).isTrue();
        assertThat(fastBools).isEqualTo(bools);
        assertThat(fastInts).isEqualTo(ints);
        assertThat(fastStrings).isEqualTo(strings);
        assertThat(bools.size() + ints.size() + strings.size()).isPositive();
    }
}
