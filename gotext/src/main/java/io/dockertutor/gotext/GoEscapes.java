package io.dockertutor.gotext;

/** The html, js and urlquery escapers of text/template (funcs.go). */
final class GoEscapes {
    private GoEscapes() {
    }

    static String html(String s) {
        // Each character grows to at most five: refuse before building what the limit would refuse anyway.
        FormatOutputLimit.check(5L * s.length());
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\0' -> sb.append("\uFFFD");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String js(String s) {
        FormatOutputLimit.check(6L * s.length());
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '"' -> sb.append("\\\"");
                case '<' -> sb.append("\\u003C");
                case '>' -> sb.append("\\u003E");
                case '&' -> sb.append("\\u0026");
                case '=' -> sb.append("\\u003D");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (cp < ' ' || (cp >= 0x80 && !GoQuote.isPrint(cp))) {
                        sb.append(String.format("\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** url.QueryEscape, refused first when the result would pass the template's output limit. */
    static String urlQuery(String s) {
        FormatOutputLimit.check(9L * s.length());
        return GoUrl.queryEscape(s);
    }
}
