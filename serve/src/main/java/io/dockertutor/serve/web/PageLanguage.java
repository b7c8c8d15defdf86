package io.dockertutor.serve.web;

import io.dockertutor.serve.term.ServeText;
import io.javalin.http.Context;
import java.util.Locale;

/** The language of an HTTP answer's text: Korean when the browser asks for it first, else English. */
final class PageLanguage {
    private PageLanguage() {
    }

    static ServeText of(Context ctx) {
        String accept = ctx.header("Accept-Language");
        return new ServeText(accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("ko")
                ? Locale.KOREAN : Locale.ENGLISH);
    }
}
