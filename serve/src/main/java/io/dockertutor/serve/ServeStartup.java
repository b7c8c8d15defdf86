package io.dockertutor.serve;

import io.dockertutor.serve.term.ServeText;
import io.dockertutor.serve.web.ServerSettings;
import java.io.PrintStream;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

/** What {@code serve} checks before it starts and what it says once it listens: the two URLs, a warning, how to stop. */
final class ServeStartup {
    private final ServeText text;

    ServeStartup(ServeText text) {
        this.text = text;
    }

    /** The one-line reason not to start, if any. */
    Optional<String> problem(String bind, Path lessons, Duration idle, int joinsPerMinute, int warmUp) {
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return Optional.of(text.get("serve.badAddress", bind));
        }
        if (lessons != null && !Files.exists(lessons)) {
            return Optional.of(text.get("serve.noLessons", lessons));
        }
        if (idle.isNegative() || idle.isZero()) {
            return Optional.of(text.get("serve.badIdle", idle));
        }
        if (joinsPerMinute < 1) {
            return Optional.of(text.get("serve.badJoins", Integer.toString(joinsPerMinute)));
        }
        if (warmUp < 0) {
            return Optional.of(text.get("serve.badWarmUp", Integer.toString(warmUp)));
        }
        if (warmUp > ServeWarmUp.MAX_LEARNERS) {
            // Each practice learner is a thread and a tutor: a typo of a few zeros would take the machine's memory.
            return Optional.of(text.get("serve.tooManyWarmUp", Integer.toString(warmUp),
                    Integer.toString(ServeWarmUp.MAX_LEARNERS)));
        }
        return Optional.empty();
    }

    /** Whether the port is taken (rather than the address not this machine's). */
    static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException && String.valueOf(t.getMessage()).contains("in use")) {
                return true;
            }
        }
        return false;
    }

    /** A start-up failure in one line: the port in use, an address not of this machine. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    void announce(PrintStream out, ServerSettings settings, int port, String teacherToken) {
        InetAddress bound = address(settings.bind());
        String host = bound.isAnyLocalAddress() ? lanAddress() : settings.bind();
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        out.println(text.get("serve.listening", settings.className()));
        out.println(text.get("serve.learnerUrl", base + "/"));
        if (settings.classCode() != null) {
            out.println(text.get("serve.classCodeIs", settings.classCode()));
        }
        out.println(text.get("serve.teacherUrl", base + "/teacher?token=" + teacherToken));
        if (!bound.isLoopbackAddress()) {
            out.println(text.get("serve.openToNetwork", settings.bind()));
        }
        out.println(text.get("serve.howToStop"));
        out.flush();
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    /** The address other machines on the network reach this one at; the host name when there is none to tell. */
    private static String lanAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (SocketException | UnknownHostException e) {
            return "localhost";
        }
    }
}
