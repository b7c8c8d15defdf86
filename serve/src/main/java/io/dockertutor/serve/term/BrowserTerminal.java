package io.dockertutor.serve.term;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

/**
 * The JLine terminal of one browser tab. xterm.js speaks {@code xterm-256color}, whose capabilities are read once
 * per process and copied into every terminal: JLine reads and parses the terminfo text again for each terminal it
 * makes, which was most of the processor a learner's join cost. What the tutor printed goes to the browser in one
 * frame when the tutor waits for the learner's next key ({@link ScreenBeforeKeys}), not at each of JLine's flushes.
 */
final class BrowserTerminal extends LineDisciplineTerminal {
    static final String TYPE = "xterm-256color";
    private static final Capabilities XTERM = Capabilities.of(TYPE);

    /** The keyboard as the tutor reads it: the screen is sent before each wait for a key. */
    private final NonBlockingReader keys;
    /** What the tutor prints, a run of bytes at a time ({@link BulkLineDiscipline}); and as characters. */
    private final OutputStream output;
    private final PrintWriter writer;

    BrowserTerminal(String name, ScreenOutput screen) throws IOException {
        super(name, TYPE, screen, StandardCharsets.UTF_8);
        this.keys = new ScreenBeforeKeys(slaveReader, screen::drain);
        this.output = new BulkLineDiscipline(screen, attributes);
        this.writer = new PrintWriter(new OutputStreamWriter(output, encoding()));
    }

    @Override
    public OutputStream output() {
        // Null only while AbstractTerminal's constructor runs, as for the keyboard.
        return output != null ? output : super.output();
    }

    @Override
    public PrintWriter writer() {
        return writer != null ? writer : super.writer();
    }

    @Override
    public NonBlockingReader reader() {
        // Null only while AbstractTerminal's constructor runs.
        return keys != null ? keys : super.reader();
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
