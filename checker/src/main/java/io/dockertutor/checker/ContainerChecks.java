package io.dockertutor.checker;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.MountPoint;
import io.dockertutor.engine.PortBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code container: NAME} and its conditions, each compared with what {@code docker inspect} says. */
final class ContainerChecks {
    private ContainerChecks() {
    }

    static Optional<String> check(Assertion.ContainerIs a, CheckContext ctx) {
        Optional<ContainerDetails> found = Lookups.container(ctx, a.name());
        if (a.absent()) {
            return found.map(d -> CheckerMessages.get(ctx, "container.present", a.name(), d.state().status()));
        }
        if (found.isEmpty()) {
            return Optional.of(CheckerMessages.get(ctx, "container.missing", a.name()));
        }
        ContainerDetails d = found.get();
        String name = a.name();
        if (a.state() != null && !a.state().equals(d.state().status())) {
            return Optional.of(CheckerMessages.get(ctx, "container.state", name, a.state(), d.state().status()));
        }
        if (a.image() != null && !sameImage(ctx, a.image(), d)) {
            return Optional.of(CheckerMessages.get(ctx, "container.image", name, a.image(), d.config().image()));
        }
        if (a.command() != null) {
            String cmd = commandLine(d);
            if (!a.command().equals(cmd) && !a.command().equals(String.join(" ", d.config().cmd()))) {
                return Optional.of(CheckerMessages.get(ctx, "container.command", name, a.command(), cmd));
            }
        }
        if (a.detached() != null && a.detached() == d.config().attachStdout()) {
            return Optional.of(CheckerMessages.get(ctx, a.detached() ? "container.detached" : "container.foreground", name));
        }
        if (a.restart() != null && !a.restart().equals(d.hostConfig().restartPolicy().name())) {
            return Optional.of(CheckerMessages.get(ctx, "container.restart", name, a.restart(), d.hostConfig().restartPolicy().name()));
        }
        if (a.ports() != null) {
            List<PortBinding> bindings = d.hostConfig().portBindings();
            for (String p : a.ports()) {
                if (bindings.stream().noneMatch(b -> Checker.portMatches(b, p))) {
                    return Optional.of(CheckerMessages.get(ctx, "container.ports", name, p, describePorts(ctx, bindings)));
                }
            }
        }
        if (a.mounts() != null) {
            for (Assertion.MountExpectation m : a.mounts()) {
                if (d.mounts().stream().noneMatch(mp -> Checker.mountMatches(mp, m, ctx.workspace()))) {
                    return Optional.of(CheckerMessages.get(ctx, "container.mounts", name, describe(m), describeMounts(ctx, d.mounts())));
                }
            }
        }
        if (a.exitCode() != null && (d.state().running() || d.state().exitCode() != a.exitCode())) {
            return Optional.of(CheckerMessages.get(ctx, "container.exitCode", name, a.exitCode(),
                    d.state().running() ? d.state().status() : String.valueOf(d.state().exitCode())));
        }
        if (a.labels() != null) {
            for (Map.Entry<String, String> e : a.labels().entrySet()) {
                if (!e.getValue().equals(d.config().labels().get(e.getKey()))) {
                    return Optional.of(CheckerMessages.get(ctx, "container.label", name, e.getKey() + "=" + e.getValue(),
                            String.valueOf(d.config().labels().get(e.getKey()))));
                }
            }
        }
        if (a.env() != null) {
            Map<String, String> env = Checker.envMap(d.config().env());
            for (String kv : a.env()) {
                Map.Entry<String, String> want = Checker.envMap(List.of(kv)).entrySet().iterator().next();
                if (!want.getValue().equals(env.get(want.getKey()))) {
                    return Optional.of(CheckerMessages.get(ctx, "container.env", name, kv, env.containsKey(want.getKey())
                            ? want.getKey() + "=" + env.get(want.getKey()) : CheckerMessages.get(ctx, "nothing")));
                }
            }
        }
        if (a.user() != null && !a.user().equals(d.config().user())) {
            return Optional.of(CheckerMessages.get(ctx, "container.user", name, a.user(),
                    d.config().user().isEmpty() ? "root" : d.config().user()));
        }
        return Optional.empty();
    }

    private static boolean sameImage(CheckContext ctx, String expected, ContainerDetails d) {
        if (expected.equals(d.config().image())) {
            return true;
        }
        return Lookups.image(ctx, expected).map(img -> img.id().equals(d.imageId())).orElse(false);
    }

    static String commandLine(ContainerDetails d) {
        List<String> all = new ArrayList<>();
        all.add(d.path());
        all.addAll(d.args());
        return String.join(" ", all);
    }

    private static String describePorts(CheckContext ctx, List<PortBinding> bindings) {
        if (bindings.isEmpty()) {
            return CheckerMessages.get(ctx, "nothing");
        }
        List<String> out = new ArrayList<>();
        for (PortBinding b : bindings) {
            out.add((b.hostIp().isEmpty() ? "" : b.hostIp() + ":") + b.hostPort() + ":" + b.containerPort() + "/" + b.protocol());
        }
        return String.join(", ", out);
    }

    private static String describe(Assertion.MountExpectation m) {
        return (m.type() == null ? "" : m.type() + " ") + (m.source() == null ? "" : m.source()) + ":"
                + (m.target() == null ? "?" : m.target()) + (Boolean.TRUE.equals(m.readonly()) ? ":ro" : "");
    }

    private static String describeMounts(CheckContext ctx, List<MountPoint> mounts) {
        if (mounts.isEmpty()) {
            return CheckerMessages.get(ctx, "nothing");
        }
        List<String> out = new ArrayList<>();
        for (MountPoint m : mounts) {
            out.add(m.type() + " " + (m.type().equals("volume") ? m.name() : m.source()) + ":" + m.destination() + (m.rw() ? "" : ":ro"));
        }
        return String.join(", ", out);
    }
}
