package io.dockertutor.checker;

/** A short description of what an assertion expects, for {@code not:} failures. */
final class Describe implements AssertionVisitor<String> {
    private final CheckContext ctx;

    private Describe(CheckContext ctx) {
        this.ctx = ctx;
    }

    static String of(Assertion a, CheckContext ctx) {
        return a.accept(new Describe(ctx));
    }

    @Override
    public String containerIs(Assertion.ContainerIs c) {
        return CheckerMessages.get(ctx, "describe.container", c.name(), c.state() == null ? "" : " (" + c.state() + ")");
    }

    @Override
    public String containerCount(Assertion.ContainerCount a) {
        return other();
    }

    @Override
    public String imageIs(Assertion.ImageIs i) {
        return CheckerMessages.get(ctx, "describe.image", i.ref());
    }

    @Override
    public String volumeIs(Assertion.VolumeIs v) {
        return CheckerMessages.get(ctx, "describe.volume", v.name());
    }

    @Override
    public String fileIs(Assertion.FileIs f) {
        return CheckerMessages.get(ctx, "describe.file", f.path(), f.container());
    }

    @Override
    public String httpAnswers(Assertion.HttpAnswers h) {
        return CheckerMessages.get(ctx, "describe.http", (h.host() == null ? "127.0.0.1" : h.host()) + ":" + h.port());
    }

    @Override
    public String ran(Assertion.Ran r) {
        return r.like() != null ? CheckerMessages.get(ctx, "describe.ran", r.like()) : CheckerMessages.get(ctx, "describe.ranUnnamed");
    }

    @Override
    public String output(Assertion.Output a) {
        return other();
    }

    @Override
    public String not(Assertion.Not a) {
        return other();
    }

    @Override
    public String anyOf(Assertion.AnyOf a) {
        return other();
    }

    private String other() {
        return CheckerMessages.get(ctx, "describe.other");
    }
}
