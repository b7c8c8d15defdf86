package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * busybox's usage texts, as the catalog's {@code busybox:1.36.1} prints them: the version line, then the applet's
 * usage ({@code busybox-usage.txt}, captured by {@code scripts/capture-busybox-usage} from a build with Docker Hub's
 * configuration). An applet prints it, on standard error, for {@code --help} (status 0), after a bad option
 * ({@code ls: unrecognized option '--bogus'} first) and when operands are missing (status 1, or 2 where the applet
 * says so: grep, sort, tty).
 */
public final class BusyboxUsage {
    /** The first line of every usage text: Docker Hub's busybox 1.36.1 build. */
    public static final String BANNER = "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.";
    private static final Set<String> STATUS_TWO = Set.of("grep", "egrep", "fgrep", "sort", "tty");
    /**
     * Applets the simulator does not model that show their usage when run without operands (recorded on the 1.36.1
     * build; nohup exits 127): the simulator answers for them all the same. tar is here as busybox's own is not
     * modelled (the tutor's tar is GNU's).
     */
    private static final Map<String, Integer> USAGE_WITHOUT_OPERANDS = Map.ofEntries(
            Map.entry("nc", 1), Map.entry("telnet", 1), Map.entry("traceroute", 1), Map.entry("ping6", 1),
            Map.entry("arping", 1), Map.entry("ftpget", 1), Map.entry("tftp", 1), Map.entry("tar", 1),
            Map.entry("install", 1), Map.entry("timeout", 1), Map.entry("watch", 1), Map.entry("nohup", 127));
    private static volatile Map<String, String> texts;

    private BusyboxUsage() {
    }

    /** The whole usage text of {@code applet} (version line included, no final newline), if busybox has the applet. */
    public static Optional<String> of(String applet) {
        String body = texts().get(applet);
        return body == null ? Optional.empty() : Optional.of(BANNER + "\n" + body);
    }

    /**
     * What a busybox applet the simulator does not model prints when run without operands where it needs some: its
     * usage and its status; empty otherwise. ({@code --help} alone is answered before, for every applet: see
     * {@link #asksForHelp}.)
     */
    public static java.util.OptionalInt answerUnmodelled(Invocation call) {
        String name = applet(call);
        Integer status = call.args().isEmpty() ? USAGE_WITHOUT_OPERANDS.get(name) : null;
        Optional<String> usage = of(name);
        if (status == null || usage.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        call.err().println(usage.get());
        return java.util.OptionalInt.of(status);
    }

    /** Prints the usage of the running applet and returns the status busybox exits with after a usage error. */
    public static int show(Invocation call) {
        of(applet(call)).ifPresent(call.err()::println);
        return status(applet(call));
    }

    /** {@code --help} alone: the usage on standard error, status 0, for any applet (not the shell's own builtins). */
    public static boolean asksForHelp(Invocation call) {
        return call.args().equals(java.util.List.of("--help")) && of(applet(call)).isPresent();
    }

    /** {@code APPLET: problem}, then the usage, as busybox's getopt failures print them; returns the usage status. */
    public static int refuse(Invocation call, String problem) {
        // getopt names the program as it was run (/bin/ls), the usage names the applet
        call.err().println(call.name() + ": " + problem);
        return show(call);
    }

    /** The applet's name as busybox knows it: the program's base name ({@code /bin/ls} is ls). */
    private static String applet(Invocation call) {
        return call.name().substring(call.name().lastIndexOf('/') + 1);
    }

    /** The status of a usage error: 1, except for the applets that exit 2 (grep's family, sort, tty). */
    static int status(String applet) {
        return STATUS_TWO.contains(applet) ? 2 : 1;
    }

    private static Map<String, String> texts() {
        Map<String, String> loaded = texts;
        if (loaded == null) {
            loaded = TextSections.read("busybox-usage.txt");
            texts = loaded;
        }
        return loaded;
    }
}
