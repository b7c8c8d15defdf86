package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.BuildStep;
import java.util.List;
import java.util.function.Consumer;

/** Numbers the vertices of one build ({@code #1}, {@code #2}, ...) and reports each as it ends. */
final class Steps {
    private final Consumer<BuildStep> progress;
    private int next = 1;

    Steps(Consumer<BuildStep> progress) {
        this.progress = progress;
    }

    int done(String name, List<String> output, double seconds) {
        int n = next++;
        progress.accept(new BuildStep(n, name, false, output, seconds, null));
        return n;
    }

    int cached(String name, List<String> output) {
        int n = next++;
        progress.accept(new BuildStep(n, name, true, output, 0, null));
        return n;
    }

    void failed(String name, List<String> output, double seconds, String error) {
        progress.accept(new BuildStep(next++, name, false, output, seconds, error));
    }

    /** BuildKit's sizes in progress lines: {@code 412B}, {@code 1.23kB}, {@code 364.01MB}. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + "B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        s = s.replaceAll("\\.?0+$", "");
        return s + units[u];
    }
}
