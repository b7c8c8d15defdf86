package io.dockertutor.serve.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.LineDisciplineTerminal;

/** The browser terminal's output discipline writes exactly the bytes JLine's own line discipline writes, in runs. */
class BulkLineDisciplineTest {
    @Property(tries = 300)
    void anyOutputInAnyWritesReachesTheScreenAsJLinesLineDisciplineSendsIt(
            @ForAll @Size(max = 200) List<@Size(max = 40) List<Byte>> writes, @ForAll boolean opost, @ForAll boolean onlcr)
            throws IOException {
        ByteArrayOutputStream jlines = new ByteArrayOutputStream();
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        try (LineDisciplineTerminal reference = new LineDisciplineTerminal("reference", "xterm-256color", jlines, StandardCharsets.UTF_8);
             LineDisciplineTerminal attributesOwner = new LineDisciplineTerminal("ours", "xterm-256color", new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            Attributes a = reference.getAttributes();
            a.setOutputFlag(Attributes.OutputFlag.OPOST, opost);
            a.setOutputFlag(Attributes.OutputFlag.ONLCR, onlcr);
            reference.setAttributes(a);
            attributesOwner.setAttributes(a);
            BulkLineDiscipline bulk = new BulkLineDiscipline(ours, attributesOwner.getAttributes());
            for (List<Byte> w : writes) {
                byte[] bytes = new byte[w.size() + 2];
                for (int i = 0; i < w.size(); i++) {
                    bytes[i + 1] = w.get(i) % 5 == 0 ? (byte) '\n' : w.get(i);  // plenty of line ends
                }
                if (w.size() == 1) {
                    reference.output().write(bytes[1]);
                    bulk.write(bytes[1]);
                } else {
                    reference.output().write(bytes, 1, w.size());
                    bulk.write(bytes, 1, w.size());
                }
            }
        }
        assertThat(ours.toByteArray()).isEqualTo(jlines.toByteArray());
    }

    @Property(tries = 50)
    void aChangeOfTheTerminalsFlagsAppliesToTheNextWrite(@ForAll boolean onlcrFirst) throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        Attributes attributes = new Attributes();
        attributes.setOutputFlag(Attributes.OutputFlag.OPOST, true);
        attributes.setOutputFlag(Attributes.OutputFlag.ONLCR, onlcrFirst);
        BulkLineDiscipline bulk = new BulkLineDiscipline(ours, attributes);
        bulk.write("a\n".getBytes(StandardCharsets.UTF_8));
        attributes.setOutputFlag(Attributes.OutputFlag.ONLCR, !onlcrFirst);
        bulk.write("b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(onlcrFirst ? "a\r\nb\n" : "a\nb\r\n");
    }
}
