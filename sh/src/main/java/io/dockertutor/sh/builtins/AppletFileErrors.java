package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;

/**
 * How a program words a failed operation on a path, in GNU coreutils and in busybox: one place for the whole family
 * ({@code APPLET: PATH: STRERROR} is busybox's plain form, GNU says what it could not do). Recorded on busybox 1.35
 * and coreutils 9.1; {@code %1$s} is the program, {@code %2$s} the path as typed, {@code %3$s} the reason.
 */
enum AppletFileErrors {
    ACCESS("%1$s: cannot access '%2$s': %3$s", "%1$s: %2$s: %3$s"),
    TOUCH("%1$s: cannot touch '%2$s': %3$s", "%1$s: %2$s: %3$s"),
    /** cat. */
    READ("%1$s: %2$s: %3$s", "%1$s: can't open '%2$s': %3$s"),
    /** head and wc. */
    OPEN_FOR_READING("%1$s: cannot open '%2$s' for reading: %3$s", "%1$s: %2$s: %3$s"),
    /** tail. */
    OPEN_TO_FOLLOW("%1$s: cannot open '%2$s' for reading: %3$s", "%1$s: can't open '%2$s': %3$s"),
    REMOVE("%1$s: cannot remove '%2$s': %3$s", "%1$s: can't remove '%2$s': %3$s"),
    CREATE_DIRECTORY("%1$s: cannot create directory ‘%2$s’: %3$s", "%1$s: can't create directory '%2$s': %3$s"),
    OPEN_DIRECTORY("%1$s: cannot open directory '%2$s': %3$s", "%1$s: can't open '%2$s': %3$s"),
    STAT("%1$s: cannot stat '%2$s': %3$s", "%1$s: can't stat '%2$s': %3$s");

    private final String gnu;
    private final String busybox;

    AppletFileErrors(String gnu, String busybox) {
        this.gnu = gnu;
        this.busybox = busybox;
    }

    String text(Userland userland, String program, String path, String reason) {
        return String.format(userland == Userland.BUSYBOX ? busybox : gnu, program, path, reason);
    }

    /** Prints the failure on the command's standard error, in its session's userland. */
    void print(Invocation call, String program, String path, String reason) {
        call.err().println(Quoting.inLocale(call, text(call.shell().userland(), program, path, reason)));
    }
}
