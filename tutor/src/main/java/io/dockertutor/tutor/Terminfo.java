package io.dockertutor.tutor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * A terminal's capabilities read from JLine's terminfo text, as {@link InfoCmp#parseInfoCmp} reads them, at a
 * fraction of the cost: JLine compiles a regular expression for every line and splits its table of capability names
 * with another, about 40 ms of the start-up before the first prompt. {@code TerminfoTest} holds the two equal on
 * every terminal type JLine bundles.
 *
 * <pre>{@code
 * Terminfo.parse(InfoCmp.getLoadedInfoCmp("xterm-256color"), bools, ints, strings);
 * }</pre>
 */
final class Terminfo {
    /** JLine's own expression, for the rare line it reads differently from a plain split at commas. */
    private static final Pattern JLINE_CAPABILITY = Pattern.compile("\\s*(([^,]|\\\\,)+)\\s*[,$]");

    private Terminfo() {
    }

    /**
     * Fills {@code bools}, {@code ints} and {@code strings} from {@code capabilities} (the text {@code infocmp}
     * prints); false, with the three left empty, when JLine's table of capability names cannot be read.
     */
    static boolean parse(String capabilities, Set<Capability> bools, Map<Capability, Integer> ints,
                         Map<Capability, String> strings) {
        Map<String, Capability> names;
        try {
            names = names();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String[] lines = capabilities.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int last = line.lastIndexOf(',');
            if (!line.substring(last + 1).isBlank()) {
                // Text after the last comma: JLine's expression may still end a capability at a '$' there.
                Matcher m = JLINE_CAPABILITY.matcher(line);
                while (m.find()) {
                    add(m.group(1), names, bools, ints, strings);
                }
                continue;
            }
            int pos = 0;
            for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', pos)) {
                int from = pos;
                while (from < comma && space(line.charAt(from))) {
                    from++;
                }
                if (from < comma) {
                    add(line.substring(from, comma), names, bools, ints, strings);
                }
                pos = comma + 1;
            }
        }
        return true;
    }

    /**
     * The terminfo text JLine bundles for {@code type} ({@code xterm-256color}, {@code screen}, ...), read at once:
     * JLine's own {@link InfoCmp#getLoadedInfoCmp} reads it line by line through its own decoder, 20 ms more. Null
     * when JLine bundles none for that type.
     */
    static String bundled(String type) {
        if (!type.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            return null;
        }
        try (InputStream in = InfoCmp.class.getResourceAsStream(type + ".caps")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** JLine's table: each capability under its long and its short (terminfo) name. */
    static Map<String, Capability> names() throws IOException {
        String text;
        try (InputStream in = InfoCmp.class.getResourceAsStream("capabilities.txt")) {
            if (in == null) {
                throw new IOException("JLine's capabilities.txt is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Capability> names = new HashMap<>(1024);
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int comma = line.indexOf(", ");
            int end = line.indexOf(", ", comma + 2);
            String shortName = line.substring(comma + 2, end < 0 ? line.length() : end);
            Capability capability = Enum.valueOf(Capability.class, line.substring(0, comma));
            names.put(line.substring(0, comma), capability);
            names.put(shortName, capability);
        }
        return names;
    }

    /** One capability, read exactly as JLine reads it (a '#' first makes a number, then '=' a string). */
    private static void add(String cap, Map<String, Capability> names, Set<Capability> bools,
                            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        if (cap.contains("#")) {
            int index = cap.indexOf('#');
            String val = cap.substring(index + 1);
            int value;
            if ("0".equals(val)) {
                value = 0;
            } else if (val.startsWith("0x")) {
                value = Integer.parseInt(val.substring(2), 16);
            } else if (val.startsWith("0")) {
                value = Integer.parseInt(val.substring(1), 8);
            } else {
                value = Integer.parseInt(val);
            }
            Capability c = names.get(cap.substring(0, index));
            if (c != null) {
                ints.put(c, value);
            }
        } else if (cap.contains("=")) {
            int index = cap.indexOf('=');
            Capability c = names.get(cap.substring(0, index));
            if (c != null) {
                strings.put(c, cap.substring(index + 1));
            }
        } else {
            Capability c = names.get(cap);
            if (c != null) {
                bools.add(c);
            }
        }
    }

    /** A regular expression's {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
