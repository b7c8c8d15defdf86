package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * busybox {@code mount} (no operands: the table) and {@code df} in a container: the overlay root, the runtime's
 * kernel mounts, the container's own volumes, binds and tmpfs, then the daemon's /etc files bind-mounted from the
 * host's disk and the masked /proc and /sys paths, in the order and words recorded on the lab engine (Engine 20.10 on
 * a cgroup v1 host whose disk is /dev/vda).
 *
 * <p>The sizes are the host's in reality (its disk for the overlay and the binds, half its memory for a tmpfs
 * without a size); the simulator knows no host, so df shows the fixed figures the lab recorded: a 252 GB disk with
 * 23.2 GB used, 11.8 GB for unsized tmpfs, 64 MB for /dev and /dev/shm.
 */
final class MountTable {
    private static final long[] DISK = {264212084, 24331504, 82059408};
    private static final long[] SMALL = {65536, 0, 65536};
    private static final long[] MEMORY = {12341872, 0, 12341872};
    private static final String HOST_DISK = "%s,relatime,discard,resv_strict,resuid=65534,resgid=65534";

    /** One mounted file system: what mount prints of it and what df counts (null: df leaves it out). */
    private record Entry(String device, String point, String type, String options, long[] blocks) {
    }

    private MountTable() {
    }

    private static List<Entry> entries(ContainerFiles files, String id) {
        String upper = layerId(id);
        String lower = upper.substring(0, 26).toUpperCase(java.util.Locale.ROOT);
        List<Entry> all = new ArrayList<>();
        String root = files.readOnlyRoot() ? "ro" : "rw"; // --read-only: the root and the daemon's files with it
        all.add(new Entry("overlay", "/", "overlay", root + ",relatime,lowerdir=/var/lib/docker/overlay2/l/" + lower
                + ":/var/lib/docker/overlay2/l/IU5XDH7FL6DLPXUW6PP3VSLPXD,upperdir=/var/lib/docker/overlay2/" + upper
                + "/diff,workdir=/var/lib/docker/overlay2/" + upper + "/work", DISK));
        all.add(new Entry("proc", "/proc", "proc", "rw,nosuid,nodev,noexec,relatime", null));
        all.add(new Entry("tmpfs", "/dev", "tmpfs", "rw,nosuid,size=65536k,mode=755", SMALL));
        all.add(new Entry("devpts", "/dev/pts", "devpts", "rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666", null));
        all.add(new Entry("sysfs", "/sys", "sysfs", "ro,nosuid,nodev,noexec,relatime", null));
        all.add(new Entry("tmpfs", "/sys/fs/cgroup", "tmpfs", "rw,nosuid,nodev,noexec,relatime,mode=755", MEMORY));
        for (String c : List.of("cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "pids", "systemd")) {
            all.add(new Entry("cgroup", "/sys/fs/cgroup/" + c, "cgroup", "ro,nosuid,nodev,noexec,relatime,"
                    + (c.equals("systemd") ? "name=systemd" : c), null));
        }
        all.add(new Entry("mqueue", "/dev/mqueue", "mqueue", "rw,nosuid,nodev,noexec,relatime", null));
        all.add(new Entry("shm", "/dev/shm", "tmpfs", "rw,nosuid,nodev,noexec,relatime,size=65536k", SMALL));
        for (Mount m : files.mounts()) {
            String rw = m.readOnly() ? "ro" : "rw";
            all.add(m.type() == Mount.Type.TMPFS
                    ? new Entry("tmpfs", m.target(), "tmpfs", rw + ",nosuid,nodev,noexec,relatime", MEMORY)
                    : new Entry("/dev/vda", m.target(), "ext4", String.format(HOST_DISK, rw), DISK));
        }
        for (String f : List.of("/etc/resolv.conf", "/etc/hostname", "/etc/hosts")) {
            all.add(new Entry("/dev/vda", f, "ext4", String.format(HOST_DISK, root), DISK));
        }
        for (String p : List.of("bus", "fs", "irq", "sys")) {
            all.add(new Entry("proc", "/proc/" + p, "proc", "ro,nosuid,nodev,noexec,relatime", null));
        }
        all.add(new Entry("tmpfs", "/proc/acpi", "tmpfs", "ro,relatime", MEMORY));
        all.add(new Entry("tmpfs", "/proc/keys", "tmpfs", "rw,nosuid,size=65536k,mode=755", SMALL));
        all.add(new Entry("tmpfs", "/proc/timer_list", "tmpfs", "rw,nosuid,size=65536k,mode=755", SMALL));
        all.add(new Entry("tmpfs", "/sys/firmware", "tmpfs", "ro,relatime", MEMORY));
        return all;
    }

    /** The overlay's directory names are random on a real host: here they follow from the container's name. */
    private static String layerId(String id) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("layer" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code mount} alone lists the table; mounting anything needs CAP_SYS_ADMIN, which a container lacks. */
    static int mount(Invocation call, ContainerFiles files, String id) {
        if (!call.args().isEmpty()) {
            call.err().println("mount: permission denied (are you root?)");
            return 1;
        }
        for (Entry e : entries(files, id)) {
            call.out().println(e.device() + " on " + e.point() + " type " + e.type() + " (" + e.options() + ")");
        }
        return 0;
    }

    /** {@code df [-h] [-k] [-T] [PATH...]}: each file system df counts, or the one holding each PATH. */
    static int df(Invocation call, ContainerFiles files, String id) {
        boolean human = false;
        boolean types = false;
        List<String> paths = new ArrayList<>();
        for (String a : call.args()) {
            if (a.startsWith("-") && a.length() > 1) {
                human |= a.contains("h");
                types |= a.contains("T");
            } else {
                paths.add(a);
            }
        }
        List<Entry> all = entries(files, id);
        List<Entry> counted = all.stream().filter(e -> e.blocks() != null).toList();
        // the header is printed before the paths are looked at (the lab shows the two streams in either order)
        call.out().println(String.format("%-20s %s%9s %9s %9s Use%% Mounted on",
                "Filesystem", types ? "Type       " : "", human ? "Size" : "1K-blocks", "Used", "Available"));
        int status = 0;
        List<Entry> shown = new ArrayList<>();
        if (paths.isEmpty()) {
            shown.addAll(counted);
        }
        for (String p : paths) {
            String absolute = ShellPaths.normalize(call.shell().cwd(), p);
            boolean exists;
            try {
                exists = Files.exists(call.resolve(p));
            } catch (OutsideViewException e) {
                exists = false;
            }
            // the runtime's own mount points (/dev/shm, /sys/fs/cgroup) exist whether the image has them or not
            exists |= all.stream().anyMatch(e -> ShellPaths.isWithin(e.point(), absolute));
            if (!exists) {
                call.err().println("df: " + p + ": can't find mount point");
                status = 1;
                continue;
            }
            shown.add(mountPointOf(all, absolute));
        }
        for (Entry e : shown) {
            long[] b = e.blocks() == null ? new long[3] : e.blocks();
            long percent = b[0] == 0 ? 0 : (b[1] * 100 + b[1] + b[2] - 1) / (b[1] + b[2]);
            call.out().println(String.format("%-20s %s%9s %9s %9s %3d%% %s", e.device(),
                    types ? String.format("%-10s ", e.type()) : "", size(b[0], human), size(b[1], human),
                    size(b[2], human), percent, e.point()));
        }
        return status;
    }

    /**
     * busybox's find_mount_point: the first entry of the table named as the path (its mount point or device), or
     * on the same device as the path, in table order; so {@code df /etc/hostname} answers the host disk's first
     * bind, {@code /etc/resolv.conf}, and {@code df /proc/1} procfs on {@code /proc}.
     */
    private static Entry mountPointOf(List<Entry> all, String path) {
        Entry holder = all.stream().filter(e -> ShellPaths.isWithin(path, e.point()))
                .reduce((a, b) -> b.point().length() >= a.point().length() ? b : a).orElseThrow();
        return all.stream().filter(e -> e.point().equals(path) || e.device().equals(path) || device(e).equals(device(holder)))
                .findFirst().orElse(holder);
    }

    /** Entries on one device: the host's disk, procfs and its read-only binds; every tmpfs, cgroup and the overlay apart. */
    private static String device(Entry e) {
        return e.device().startsWith("/") || e.device().equals("proc") ? e.device() : e.device() + " " + e.point();
    }

    /** Kilobytes, or with {@code -h} busybox's one-decimal units ({@code 252.0G}, {@code 64.0M}, {@code 0}). */
    private static String size(long kilobytes, boolean human) {
        if (!human) {
            return String.valueOf(kilobytes);
        }
        if (kilobytes == 0) {
            return "0";
        }
        double v = kilobytes;
        String units = "KMGT";
        int u = 0;
        while (v >= 1024 && u < units.length() - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f%c", v, units.charAt(u));
    }
}
