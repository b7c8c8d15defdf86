package io.dockertutor.engine.sim.process;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lab engine's stand-in for nginx (scripts/lab-engine.sh), so the differential corpus can be replayed on the
 * simulator: its entrypoint prints one line, serves /usr/share/nginx/html with busybox httpd on port 80, and
 * traps TERM, INT and QUIT to end with 0. Recognised by the {@code /etc/nginx/README} the stand-in carries.
 */
final class LabNginx extends BusyboxHttpd {
    private final List<String> entrypoint;

    LabNginx(List<String> argv) {
        super(argv, 80, "/usr/share/nginx/html");
        this.entrypoint = List.copyOf(argv);
    }

    static boolean isStandIn(ProgramContext ctx) {
        return ctx.readFile("/etc/nginx/README")
                .map(b -> new String(b, StandardCharsets.UTF_8).contains("stand-in: busybox httpd"))
                .orElse(false);
    }

    @Override
    public Started start(ProgramContext ctx) {
        return Started.running(List.of(Line.out(entrypoint.get(0) + ": Configuration complete; ready for start up")));
    }

    @Override
    public SignalOutcome signal(String signal, ProgramContext ctx) {
        if (signal.equals("SIGTERM") || signal.equals("SIGINT") || signal.equals("SIGQUIT")) {
            return SignalOutcome.exit(0, List.of());
        }
        return Signals.defaultAction(signal, true);
    }

    @Override
    public List<String> processes() {
        return List.of("/bin/sh " + String.join(" ", entrypoint), "httpd -f -p 80 -h /usr/share/nginx/html");
    }
}
