package io.dockertutor.checker;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Ownership;
import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.MountPoint;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.VolumeInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates assertions against an engine, through the engine API only, and explains each failure as expected
 * versus found ("expected container web to publish 8080:80/tcp, but it publishes nothing") in the learner's
 * language.
 *
 * <pre>{@code
 * Verdict v = new Checker().check(List.of(assertion), new CheckContext(engine, workspace, ran, output, Locale.KOREAN));
 * }</pre>
 */
public final class Checker {

    public Verdict check(List<Assertion> assertions, CheckContext ctx) {
        List<String> failures = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < assertions.size(); i++) {
            Optional<String> failure = evaluate(assertions.get(i), ctx);
            if (failure.isPresent()) {
                failures.add(failure.get());
                failed.add(i);
            }
        }
        return new Verdict(failures.isEmpty(), failures, failed);
    }

    /** The failure text of one assertion, or empty when it holds. */
    Optional<String> evaluate(Assertion a, CheckContext ctx) {
        Optional<String> failure;
        try {
            failure = dispatch(a, ctx);
        } catch (EngineException e) {
            failure = Optional.of(CheckerMessages.get(ctx, "engine.error", e.getMessage()));
        }
        if (failure.isPresent() && a.message() != null) {
            return Optional.of(a.message().in(ctx.locale()));
        }
        return failure;
    }

    private Optional<String> dispatch(Assertion a, CheckContext ctx) {
        return a.accept(new Dispatch(ctx));
    }

    /** One branch per kind; a new kind of {@link Assertion} does not compile until it has one here. */
    private final class Dispatch implements AssertionVisitor<Optional<String>> {
        private final CheckContext ctx;

        Dispatch(CheckContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Optional<String> containerIs(Assertion.ContainerIs a) {
            return ContainerChecks.check(a, ctx);
        }

        @Override
        public Optional<String> containerCount(Assertion.ContainerCount a) {
            return count(a, ctx);
        }

        @Override
        public Optional<String> imageIs(Assertion.ImageIs a) {
            return ImageChecks.check(a, ctx);
        }

        @Override
        public Optional<String> volumeIs(Assertion.VolumeIs a) {
            return volume(a, ctx);
        }

        @Override
        public Optional<String> fileIs(Assertion.FileIs a) {
            return FileChecks.check(a, ctx);
        }

        @Override
        public Optional<String> httpAnswers(Assertion.HttpAnswers a) {
            return http(a, ctx);
        }

        @Override
        public Optional<String> ran(Assertion.Ran a) {
            if (ctx.commandsRan().stream().anyMatch(cmd -> Pattern.compile(a.pattern()).matcher(cmd).find())) {
                return Optional.empty();
            }
            return Optional.of(a.like() != null ? CheckerMessages.get(ctx, "ran.missing", a.like())
                    : CheckerMessages.get(ctx, "ran.missingUnnamed"));
        }

        @Override
        public Optional<String> output(Assertion.Output a) {
            return Checker.output(a, ctx);
        }

        @Override
        public Optional<String> not(Assertion.Not a) {
            return evaluate(a.inner(), ctx).isPresent() ? Optional.empty()
                    : Optional.of(CheckerMessages.get(ctx, "not.held", Describe.of(a.inner(), ctx)));
        }

        @Override
        public Optional<String> anyOf(Assertion.AnyOf a) {
            return Checker.this.anyOf(a, ctx);
        }
    }

    private Optional<String> anyOf(Assertion.AnyOf any, CheckContext ctx) {
        List<String> reasons = new ArrayList<>();
        for (Assertion option : any.options()) {
            Optional<String> f = evaluate(option, ctx);
            if (f.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(f.get());
        }
        return Optional.of(CheckerMessages.get(ctx, "anyOf.none", String.join("; ", reasons)));
    }

    private static Optional<String> count(Assertion.ContainerCount c, CheckContext ctx) {
        List<String> filters = new ArrayList<>();
        c.filter().forEach((k, v) -> filters.add(k + "=" + v));
        // Only the session's containers count: on a shared real engine the user's own are not the learner's work.
        Ownership own = ctx.engine().ownership();
        int n = (int) ctx.engine().listContainers(true, -1, false, Filters.parse(filters)).stream()
                .filter(s -> own.ownsContainer(s.id())).count();
        String where = filters.isEmpty() ? "" : " (" + String.join(", ", filters) + ")";
        if (c.count() != null && n != c.count()) {
            return Optional.of(CheckerMessages.get(ctx, "containers.count", c.count(), where, n));
        }
        if (c.min() != null && n < c.min()) {
            return Optional.of(CheckerMessages.get(ctx, "containers.min", c.min(), where, n));
        }
        if (c.max() != null && n > c.max()) {
            return Optional.of(CheckerMessages.get(ctx, "containers.max", c.max(), where, n));
        }
        return Optional.empty();
    }

    private static Optional<String> volume(Assertion.VolumeIs v, CheckContext ctx) {
        Optional<VolumeInfo> info = Lookups.volume(ctx, v.name());
        if (v.absent()) {
            return info.isPresent() ? Optional.of(CheckerMessages.get(ctx, "volume.present", v.name())) : Optional.empty();
        }
        if (info.isEmpty()) {
            return Optional.of(CheckerMessages.get(ctx, "volume.missing", v.name()));
        }
        if (!v.files().isEmpty()) {
            List<String> missing = VolumeFiles.missing(ctx, v.name(), v.files());
            if (missing == null) {
                return Optional.of(CheckerMessages.get(ctx, "volume.cannotList", v.name()));
            }
            if (!missing.isEmpty()) {
                return Optional.of(CheckerMessages.get(ctx, "volume.files", v.name(), String.join(", ", missing)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> http(Assertion.HttpAnswers h, CheckContext ctx) {
        String host = h.host() == null ? "127.0.0.1" : h.host();
        String path = h.path() == null ? "/" : h.path();
        String where = host + ":" + h.port() + path;
        try {
            HostNetwork.HttpResponse r = ctx.engine().hostNetwork().send(HostNetwork.HttpRequest.get(host, h.port(), path));
            if (h.refused()) {
                return Optional.of(CheckerMessages.get(ctx, "http.answered", where, r.status()));
            }
            if (h.status() != null && r.status() != h.status()) {
                return Optional.of(CheckerMessages.get(ctx, "http.status", where, h.status(), r.status()));
            }
            if (h.contains() != null && !r.bodyText().contains(h.contains())) {
                return Optional.of(CheckerMessages.get(ctx, "http.contains", where, h.contains()));
            }
            return Optional.empty();
        } catch (HostNetwork.ConnectionFailure e) {
            return h.refused() ? Optional.empty() : Optional.of(CheckerMessages.get(ctx, "http.refused", where));
        }
    }

    private static Optional<String> output(Assertion.Output o, CheckContext ctx) {
        if (o.contains() != null && !ctx.lastOutput().contains(o.contains())) {
            return Optional.of(CheckerMessages.get(ctx, "output.contains", o.contains()));
        }
        if (o.matches() != null && !Pattern.compile(o.matches()).matcher(ctx.lastOutput()).find()) {
            // The pattern is the author's, not the learner's: a lesson says in its message what should show.
            return Optional.of(CheckerMessages.get(ctx, "output.matches"));
        }
        return Optional.empty();
    }

    static boolean portMatches(PortBinding b, String expected) {
        String[] parts = expected.split(":");
        String last = parts[parts.length - 1];
        String proto = last.contains("/") ? last.substring(last.indexOf('/') + 1) : "tcp";
        String container = last.contains("/") ? last.substring(0, last.indexOf('/')) : last;
        String host = parts.length >= 2 ? parts[parts.length - 2] : "";
        String ip = parts.length >= 3 ? String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2)) : null;
        return String.valueOf(b.containerPort()).equals(container) && b.protocol().equals(proto)
                && (host.isEmpty() || String.valueOf(b.hostPort()).equals(host))
                && (ip == null || ip.equals(b.hostIp()));
    }

    static boolean mountMatches(MountPoint m, Assertion.MountExpectation e, Path workspace) {
        if (e.type() != null && !e.type().equals(m.type())) {
            return false;
        }
        if (e.target() != null && !e.target().equals(m.destination())) {
            return false;
        }
        if (e.readonly() != null && e.readonly() == m.rw()) {
            return false;
        }
        if (e.source() != null) {
            String source = m.type().equals("volume") ? m.name() : m.source();
            String wanted = e.source();
            if (m.type().equals("bind") && !wanted.startsWith("/") && workspace != null) {
                wanted = workspace.resolve(wanted).normalize().toString();
            }
            return wanted.equals(source) || (m.type().equals("bind") && Path.of(wanted).normalize().equals(Path.of(source).normalize()));
        }
        return true;
    }

    static Map<String, String> envMap(List<String> env) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String e : env) {
            int eq = e.indexOf('=');
            m.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }
        return m;
    }

    static Optional<ContainerDetails> container(CheckContext ctx, String name) {
        return Lookups.container(ctx, name);
    }

    static Optional<ImageDetails> image(CheckContext ctx, String ref) {
        return Lookups.image(ctx, ref);
    }
}
