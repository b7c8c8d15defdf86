package io.dockertutor.gotext;

import java.nio.charset.StandardCharsets;

/** Go's strconv quoting rules (Quote, Unquote, QuoteRune) and fmt's {@code %#U}, which template errors print. */
final class GoQuote {
    private GoQuote() {
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> appendEscaped(sb, cp, '"'));
        return sb.append('"').toString();
    }

    static String quoteRune(int cp) {
        StringBuilder sb = new StringBuilder("'");
        appendEscaped(sb, cp, '\'');
        return sb.append('\'').toString();
    }

    /** fmt's {@code %#U}: {@code U+007D '}'}. */
    static String unicodeVerb(int cp) {
        String hex = String.format("U+%04X", cp);
        return isPrint(cp) ? hex + " '" + new String(Character.toChars(cp)) + "'" : hex;
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
        } else if (isPrint(cp)) {
            sb.appendCodePoint(cp);
        } else {
            switch (cp) {
                case 7 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 11 -> sb.append("\\v");
                default -> {
                    if (cp < ' ' || cp == 0x7f) {
                        sb.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
    }

    /** Approximates Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** strconv.Unquote for a Go string literal ("..." or `...`); throws with Go's message on bad syntax. */
    static String unquote(String lit) throws IllegalArgumentException {
        if (lit.startsWith("`")) {
            return lit.substring(1, lit.length() - 1).replace("\r", "");
        }
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int i = 1;
        int end = lit.length() - 1;
        while (i < end) {
            char c = lit.charAt(i);
            if (c != '\\') {
                flush(bytes, out);
                out.append(c);
                i++;
                continue;
            }
            char e = i + 1 < end ? lit.charAt(i + 1) : 0;
            i += 2;
            switch (e) {
                case 'a' -> out.append((char) 7);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append((char) 11);
                case '\\', '"' -> out.append(e);
                case 'x' -> {
                    bytes.write(parseHex(lit, i, 2));
                    i += 2;
                    continue;
                }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    int cp = parseHex(lit, i, n);
                    if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp < 0xE000)) {
                        throw new IllegalArgumentException("invalid syntax");
                    }
                    flush(bytes, out);
                    out.appendCodePoint(cp);
                    i += n;
                    continue;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        if (i + 1 >= end + 1) {
                            throw new IllegalArgumentException("invalid syntax");
                        }
                        int v = Integer.parseInt(lit.substring(i - 1, i + 2), 8);
                        if (v > 255) {
                            throw new IllegalArgumentException("invalid syntax");
                        }
                        bytes.write(v);
                        i += 2;
                        continue;
                    }
                    throw new IllegalArgumentException("invalid syntax");
                }
            }
            flush(bytes, out);
        }
        flush(bytes, out);
        return out.toString();
    }

    /** strconv.UnquoteChar of a char constant like {@code 'a'} or {@code '\n'}: its code point. */
    static int unquoteChar(String lit) {
        String body = lit.substring(1, lit.length() - 1);
        if (body.isEmpty() || body.equals("'")) {
            throw new IllegalArgumentException("invalid syntax");
        }
        String s = body.startsWith("\\") ? unquote("\"" + (body.equals("\\'") ? "'" : body) + "\"") : body;
        if (s.codePointCount(0, s.length()) != 1) {
            throw new IllegalArgumentException("malformed character constant: " + lit);
        }
        return s.codePointAt(0);
    }

    private static int parseHex(String s, int from, int n) {
        if (from + n > s.length() - 1) {
            throw new IllegalArgumentException("invalid syntax");
        }
        try {
            return Integer.parseUnsignedInt(s.substring(from, from + n), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid syntax");
        }
    }

    private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
        }
    }
}
