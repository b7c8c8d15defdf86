package io.dockertutor.checker;

/** A short description of what an assertion expects, for {@code not:} failures. */
final class Describe {
    private Describe() {
    }

    static String of(Assertion a, CheckContext ctx) {
        if (a instanceof Assertion.ContainerIs c) {
            return CheckerMessages.get(ctx, "describe.container", c.name(), c.state() == null ? "" : " (" + c.state() + ")");
        } else if (a instanceof Assertion.ImageIs i) {
            return CheckerMessages.get(ctx, "describe.image", i.ref());
        } else if (a instanceof Assertion.VolumeIs v) {
            return CheckerMessages.get(ctx, "describe.volume", v.name());
        } else if (a instanceof Assertion.FileIs f) {
            return CheckerMessages.get(ctx, "describe.file", f.path(), f.container());
        } else if (a instanceof Assertion.HttpAnswers h) {
            return CheckerMessages.get(ctx, "describe.http", (h.host() == null ? "127.0.0.1" : h.host()) + ":" + h.port());
        } else if (a instanceof Assertion.Ran r) {
            return CheckerMessages.get(ctx, "describe.ran", r.pattern());
        }
        return CheckerMessages.get(ctx, "describe.other");
    }
}
