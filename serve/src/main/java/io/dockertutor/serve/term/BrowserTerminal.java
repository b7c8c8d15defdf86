package io.dockertutor.serve.term;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.InfoCmp;

/**
 * The JLine terminal of one browser tab: xterm.js speaks {@code xterm-256color}, whose capabilities are read once
 * per process and copied into every terminal. JLine reads and parses the terminfo text again for each terminal it
 * makes, which was most of the processor a learner's join cost.
 */
final class BrowserTerminal extends LineDisciplineTerminal {
    static final String TYPE = "xterm-256color";
    private static final Capabilities XTERM = Capabilities.of(TYPE);

    BrowserTerminal(String name, OutputStream screen) throws IOException {
        super(name, TYPE, screen, StandardCharsets.UTF_8);
    }

    @Override
    protected void parseInfoCmp() {
        // Called from the constructor of AbstractTerminal: only the static capabilities may be used here.
        bools.addAll(XTERM.bools());
        ints.putAll(XTERM.ints());
        strings.putAll(XTERM.strings());
    }

    /** A terminal type's capabilities, as JLine parses them. */
    private record Capabilities(Set<InfoCmp.Capability> bools, Map<InfoCmp.Capability, Integer> ints,
                                Map<InfoCmp.Capability, String> strings) {
        static Capabilities of(String type) {
            Set<InfoCmp.Capability> bools = EnumSet.noneOf(InfoCmp.Capability.class);
            Map<InfoCmp.Capability, Integer> ints = new EnumMap<>(InfoCmp.Capability.class);
            Map<InfoCmp.Capability, String> strings = new EnumMap<>(InfoCmp.Capability.class);
            // As AbstractTerminal does: JLine's bundled text for the type (xterm-256color is bundled), else ansi.
            String text = InfoCmp.getLoadedInfoCmp(type);
            InfoCmp.parseInfoCmp(text != null ? text : InfoCmp.getLoadedInfoCmp("ansi"), bools, ints, strings);
            return new Capabilities(Set.copyOf(bools), Map.copyOf(ints), Map.copyOf(strings));
        }
    }
}
