package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import java.util.Map;
import java.util.Optional;

/**
 * Which busybox build an image carries, the one place that tells: Debian's 1.35 static build, which the lab engine's
 * stand-in images are made of, by the banner its {@code /bin/busybox} contains (as a real binary contains its version
 * string; their catalog gives the file its banner); Docker Hub's 1.36.1 with the default configuration by the
 * {@code tree} applet new in 1.36 (its {@code /bin/busybox} is a plain binary). Another busybox (Alpine's) is not
 * recorded; its {@code ps} is taken for Hub's defconfig.
 */
enum BusyboxBuild {
    /** defconfig: FEATURE_PS_TIME and FEATURE_PS_ADDITIONAL_COLUMNS, no FEATURE_SH_STANDALONE. */
    HUB("hub-1.36.1", true, false, 4416, 2480),
    /** Debian's busybox-static: no FEATURE_PS_TIME; the shell runs applets in its own forks (FEATURE_SH_STANDALONE). */
    DEBIAN("debian-1.35.0", false, true, 2268, 1420);

    private final String recording;
    private final boolean psTime;
    private final boolean appletsInShell;
    private final int vszKb;
    private final int rssKb;

    BusyboxBuild(String recording, boolean psTime, boolean appletsInShell, int vszKb, int rssKb) {
        this.recording = recording;
        this.psTime = psTime;
        this.appletsInShell = appletsInShell;
        this.vszKb = vszKb;
        this.rssKb = rssKb;
    }

    /** The recorded build of the image's {@code /bin/busybox}; empty without one, or for one not recorded. */
    static Optional<BusyboxBuild> recorded(Map<String, FileSpec> image) {
        FileSpec busybox = file(image, "/bin/busybox");
        if (busybox == null) {
            return Optional.empty();
        }
        if (busybox.content() != null && busybox.content().contains("(Debian ")) {
            return Optional.of(DEBIAN);
        }
        return file(image, "/bin/tree") != null ? Optional.of(HUB) : Optional.empty();
    }

    /** The file at {@code path}, through links; a map that lists the file without its directories has it too. */
    private static FileSpec file(Map<String, FileSpec> image, String path) {
        return FileTree.lookup(image, path).orElse(image.get(path));
    }

    /** The build whose {@code ps} the image's shell runs: the recorded one, Hub's defconfig for any other. */
    static BusyboxBuild of(Map<String, FileSpec> image) {
        return recorded(image).orElse(HUB);
    }

    /** The build's name in the recorded texts ({@code busybox-builds.txt}): {@code hub-1.36.1}, {@code debian-1.35.0}. */
    String recording() {
        return recording;
    }

    /** {@code ps} shows a TIME column and knows {@code -o time,etime}. */
    boolean psTime() {
        return psTime;
    }

    boolean appletsInShell() {
        return appletsInShell;
    }

    /** What {@code ps -o vsz,rss} shows for a busybox process (recorded: the lab's static build, Hub's glibc one). */
    int vszKb() {
        return vszKb;
    }

    int rssKb() {
        return rssKb;
    }
}
