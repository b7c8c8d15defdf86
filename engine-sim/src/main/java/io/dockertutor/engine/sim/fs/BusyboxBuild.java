package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.util.Map;

/**
 * Which busybox build an image carries, told by the banner its {@code /bin/busybox} contains (as a real binary
 * contains its version string): Docker Hub's 1.36.1 with the default configuration (the catalog's busybox and
 * alpine images, where {@code /bin/busybox} is a plain binary) or Debian's 1.35 static build, which the lab
 * engine's stand-in images are made of (their catalog gives the file its banner).
 */
enum BusyboxBuild {
    /** defconfig: FEATURE_PS_TIME and FEATURE_PS_ADDITIONAL_COLUMNS, no FEATURE_SH_STANDALONE. */
    HUB(true, false, 4416, 2480),
    /** Debian's busybox-static: no FEATURE_PS_TIME; the shell runs applets in its own forks (FEATURE_SH_STANDALONE). */
    DEBIAN(false, true, 2268, 1420);

    private final boolean psTime;
    private final boolean appletsInShell;
    private final int vszKb;
    private final int rssKb;

    BusyboxBuild(boolean psTime, boolean appletsInShell, int vszKb, int rssKb) {
        this.psTime = psTime;
        this.appletsInShell = appletsInShell;
        this.vszKb = vszKb;
        this.rssKb = rssKb;
    }

    static BusyboxBuild of(Map<String, FileSpec> image) {
        FileSpec busybox = image.get("/bin/busybox");
        return busybox != null && busybox.content() != null && busybox.content().contains("(Debian ") ? DEBIAN : HUB;
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
