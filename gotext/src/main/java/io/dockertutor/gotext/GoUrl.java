package io.dockertutor.gotext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Go's net/url escaping, for text/template's {@code urlquery} and for the URLs the docker client's errors name. */
public final class GoUrl {
    private GoUrl() {
    }

    /** url.QueryEscape: like Java's form encoding but Go keeps '~' and escapes '*'. */
    public static String queryEscape(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
    }
}
