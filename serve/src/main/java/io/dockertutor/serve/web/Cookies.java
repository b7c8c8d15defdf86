package io.dockertutor.serve.web;

/** The server's cookies: HttpOnly (no script reads them) and SameSite=Strict (no other site sends them). */
final class Cookies {
    private Cookies() {
    }

    static String strict(String name, String value) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000";
    }
}
