package io.dockertutor.sh;

/**
 * Whose programs answer a command: GNU coreutils (the learner's own shell, Debian-based images) or busybox applets
 * (busybox and alpine images). The same {@code ls} then words its errors and picks its exit codes as that userland's
 * does: GNU {@code ls: cannot access '/x': No such file or directory} and status 2, busybox
 * {@code ls: /x: No such file or directory} and status 1.
 */
public enum Userland {
    GNU, BUSYBOX
}
