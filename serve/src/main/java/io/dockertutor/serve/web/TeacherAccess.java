package io.dockertutor.serve.web;

import io.dockertutor.serve.store.RandomTokens;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

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

    String token() {
        return token;
    }

    void require(Context ctx) {
        String fromQuery = ctx.queryParam("token");
        String given = fromQuery != null ? fromQuery : ctx.header(HEADER) != null ? ctx.header(HEADER) : ctx.cookie(COOKIE);
        if (given == null || given.isEmpty()) {
            throw new UnauthorizedResponse(PageLanguage.of(ctx).get("teacher.tokenRequired"));
        }
        if (!RandomTokens.same(token, given)) {
            throw new ForbiddenResponse(PageLanguage.of(ctx).get("teacher.tokenWrong"));
        }
        if (fromQuery != null && !RandomTokens.same(token, ctx.cookie(COOKIE))) {
            ctx.addHeader("Set-Cookie", Cookies.strict(COOKIE, token));
        }
    }
}
