package io.dockertutor.sh.builtins;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One input text cut into records by RS: a single character, {@code ""} (paragraphs: records end at blank lines,
 * leading newlines are skipped) or a longer string read as a regular expression.
 */
final class AwkInput {
    private final String text;
    private int pos;

    AwkInput(String text) {
        this.text = text;
    }

    /** The next record, or null at the end of the text. */
    String next(String rs, java.util.function.Function<String, Pattern> regex) {
        if (rs.isEmpty()) {
            while (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            if (pos >= text.length()) {
                return null;
            }
            Matcher m = Pattern.compile("\n\n+").matcher(text);
            if (m.find(pos)) {
                String record = text.substring(pos, m.start());
                pos = m.end();
                return record;
            }
            String record = text.substring(pos).replaceAll("\n+$", "");
            pos = text.length();
            return record;
        }
        if (pos >= text.length()) {
            return null;
        }
        if (rs.length() == 1) {
            int end = text.indexOf(rs.charAt(0), pos);
            String record = text.substring(pos, end < 0 ? text.length() : end);
            pos = end < 0 ? text.length() : end + 1;
            return record;
        }
        Matcher m = regex.apply(rs).matcher(text);
        if (m.find(pos) && m.end() > m.start()) {
            String record = text.substring(pos, m.start());
            pos = m.end();
            return record;
        }
        String record = text.substring(pos);
        pos = text.length();
        return record;
    }
}
