package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.sh.Invocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code busybox} binary itself: alone (or with {@code --help}) its banner, usage and the applets it was built
 * with, {@code --list} one applet a line, {@code busybox APPLET ARGS} runs the applet. Texts recorded from the two
 * builds {@link BusyboxBuild} tells apart ({@code busybox-builds.txt}); another image's busybox (Alpine's) stays
 * unmodelled.
 */
final class BusyboxProgram {
    private static final Map<String, String> TEXTS = load();

    private BusyboxProgram() {
    }

    static int run(Invocation call, Map<String, FileSpec> image, io.dockertutor.sh.Command unmodelled) throws IOException {
        Optional<BusyboxBuild> build = BusyboxBuild.recorded(image);
        if (build.isEmpty()) {
            return unmodelled.run(call);
        }
        List<String> applets = applets(image);
        if (build.get() == BusyboxBuild.HUB) {
            // busybox is an applet of its own only where the shell runs applets without a PATH search (Debian's build)
            applets.remove("busybox");
        }
        List<String> args = call.args();
        if (args.isEmpty() || args.equals(List.of("--help"))) {
            call.out().print(TEXTS.get(build.get().recording()) + wrapped(applets));
            return 0;
        }
        if (args.get(0).startsWith("--list")) {
            applets.forEach(call.out()::println);
            return 0;
        }
        String applet = args.get(0).substring(args.get(0).lastIndexOf('/') + 1);
        if (!applets.contains(applet)) {
            call.err().println(applet + ": applet not found");
            return 127;
        }
        call.out().flush();
        return call.shell().invoke(args, Map.of(), call.in(), call.out(), call.err());
    }

    /** The applets: the links to the binary in /bin, in busybox's (strcmp) order. */
    private static List<String> applets(Map<String, FileSpec> image) {
        TreeSet<String> names = new TreeSet<>();
        for (String path : image.keySet()) {
            if (path.startsWith("/bin/") && path.indexOf('/', 5) < 0 && image.get(path).executable()) {
                names.add(path.substring(5));
            }
        }
        return new ArrayList<>(names);
    }

    /** busybox_main's list: tab, comma-separated names, a new line before one would reach column 79. */
    private static String wrapped(List<String> applets) {
        StringBuilder text = new StringBuilder();
        int col = 0;
        int width = 80 - 1;
        for (String a : applets) {
            int len2 = a.length() + 2;
            if (col >= width - len2) {
                text.append(",\n");
                col = 0;
            }
            if (col == 0) {
                col = 6;
                text.append('\t');
            } else {
                text.append(", ");
            }
            text.append(a);
            col += len2;
        }
        return text.append('\n').toString();
    }

    /** {@code busybox-builds.txt}: {@code @BUILD} lines, each followed by what that build prints before its applets. */
    private static Map<String, String> load() {
        try (InputStream in = BusyboxProgram.class.getResourceAsStream("busybox-builds.txt")) {
            if (in == null) {
                throw new IllegalStateException("busybox-builds.txt is missing from the class path");
            }
            Map<String, String> texts = new java.util.HashMap<>();
            String build = null;
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    if (build != null) {
                        texts.put(build, text.toString());
                    }
                    build = line.substring(1);
                    text.setLength(0);
                } else if (build != null) {
                    text.append(line).append('\n');
                }
            }
            if (build != null) {
                texts.put(build, text.toString());
            }
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
