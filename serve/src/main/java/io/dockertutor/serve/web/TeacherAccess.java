package io.dockertutor.serve.web;

import io.dockertutor.serve.classroom.RandomTokens;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import io.dockertutor.serve.term.ServeText;
import java.util.Locale;

/**
 * The teacher's token, required on every teacher route and API: given as {@code ?token=}, as the header
 * {@code X-Teacher-Token}, or by the cookie the first visit with it sets. None: 401; a wrong one: 403, compared in
 * constant time.
 */
final class TeacherAccess {
    static final String COOKIE = "dt_teacher";
    static final String HEADER = "X-Teacher-Token";

    private final String token;

    TeacherAccess(String token) {
        this.token = token;
    }

    /** The answer's language: Korean when the browser asks for it first, else English. */
    private static ServeText text(Context ctx) {
        String accept = ctx.header("Accept-Language");
        return new ServeText(accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("ko")
                ? Locale.KOREAN : Locale.ENGLISH);
    }

    String token() {
        return token;
    }

    void require(Context ctx) {
        String fromQuery = ctx.queryParam("token");
        String given = fromQuery != null ? fromQuery : ctx.header(HEADER) != null ? ctx.header(HEADER) : ctx.cookie(COOKIE);
        if (given == null || given.isEmpty()) {
            throw new UnauthorizedResponse(text(ctx).get("teacher.tokenRequired"));
        }
        if (!RandomTokens.same(token, given)) {
            throw new ForbiddenResponse(text(ctx).get("teacher.tokenWrong"));
        }
        if (fromQuery != null && !RandomTokens.same(token, ctx.cookie(COOKIE))) {
            ctx.addHeader("Set-Cookie", Cookies.strict(COOKIE, token));
        }
    }
}
