package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * procfs in a container: {@code /proc} lists the kernel's entries and one directory per process of the
 * {@link ProcessTable}, {@code /proc/self} is the process asking, and {@code /proc/PID} holds {@code cmdline} (the
 * arguments, each ended by NUL) and {@code comm}; its other entries are there, empty. Built afresh, read-only, for each
 * path under {@code /proc}, as the kernel computes them when read; every other path goes to the container's files.
 * Without a process table (the runtime's own file reads) it is the container's files alone.
 */
final class ProcFiles extends ForwardingFileView {
    /** {@code ls /proc} on the lab engine (kernel 6.1), without the process directories. */
    private static final List<String> KERNEL_DIRS = List.of("acpi", "bus", "driver", "fs", "irq", "pressure", "sys",
            "sysvipc", "tty");
    private static final List<String> KERNEL_FILES = List.of("buddyinfo", "cgroups", "cmdline", "config.gz",
            "consoles", "cpuinfo", "crypto", "devices", "diskstats", "dma", "execdomains", "filesystems", "interrupts",
            "iomem", "ioports", "kallsyms", "key-users", "keys", "kmsg", "kpagecgroup", "kpagecount", "kpageflags",
            "loadavg", "locks", "meminfo", "misc", "mounts", "net", "pagetypeinfo", "partitions", "program_cpu",
            "slabinfo", "softirqs", "stat", "swaps", "timer_list", "uptime", "version", "vmallocinfo", "vmstat",
            "zoneinfo");
    /** {@code ls /proc/1/} on the lab engine. */
    private static final List<String> PROCESS_DIRS = List.of("attr", "fd", "fdinfo", "map_files", "net", "ns", "task");
    private static final List<String> PROCESS_LINKS = List.of("cwd", "exe", "root");
    private static final List<String> PROCESS_FILES = List.of("arch_status", "autogroup", "auxv", "cgroup",
            "clear_refs", "coredump_filter", "cpuset", "environ", "gid_map", "io", "ksm_merging_pages", "ksm_stat",
            "limits", "loginuid", "maps", "mem", "mountinfo", "mounts", "mountstats", "numa_maps", "oom_adj",
            "oom_score", "oom_score_adj", "pagemap", "personality", "projid_map", "sched", "schedstat", "sessionid",
            "setgroups", "smaps", "smaps_rollup", "stack", "stat", "statm", "status", "syscall", "timens_offsets",
            "timers", "timerslack_ns", "uid_map", "wchan");

    private final ShellProcesses processes;

    ProcFiles(FileView files, ShellProcesses processes) {
        super(files);
        this.processes = processes;
    }

    @Override
    public Path resolve(String absoluteShellPath) throws OutsideViewException {
        return inProc(absoluteShellPath) ? procfs().resolve(absoluteShellPath.substring(1)) : super.resolve(absoluteShellPath);
    }

    @Override
    public Path resolveEntry(String absoluteShellPath) throws OutsideViewException {
        return inProc(absoluteShellPath) ? procfs().resolve(absoluteShellPath.substring(1))
                : super.resolveEntry(absoluteShellPath);
    }

    @Override
    public String realShellPath(String absoluteShellPath) throws OutsideViewException {
        if (!inProc(absoluteShellPath)) {
            return super.realShellPath(absoluteShellPath);
        }
        String path = ShellPaths.normalize("/", absoluteShellPath);
        String self = "/proc/self";
        return path.equals(self) || path.startsWith(self + "/")
                ? "/proc/" + processes.table().current().pid() + path.substring(self.length()) : path;
    }

    private boolean inProc(String path) {
        return processes.table() != null && (path.equals("/proc") || path.startsWith("/proc/"));
    }

    /** The root of a new in-memory tree holding /proc as it is now, read-only as procfs is to a file's creation. */
    private Path procfs() {
        try {
            Path root = MemoryTrees.newMemoryFileSystem().getPath("/");
            Path proc = Files.createDirectories(root.resolve("proc"));
            for (String name : KERNEL_DIRS) {
                Files.createDirectory(proc.resolve(name));
            }
            for (String name : KERNEL_FILES) {
                Files.createFile(proc.resolve(name));
            }
            ProcessTable table = processes.table();
            for (ProcessTable.Process p : table.list()) {
                process(Files.createDirectory(proc.resolve(String.valueOf(p.pid()))), p);
            }
            int self = table.current().pid();
            Files.createSymbolicLink(proc.resolve("self"), proc.getFileSystem().getPath(String.valueOf(self)));
            Files.createSymbolicLink(proc.resolve("thread-self"), proc.getFileSystem().getPath(self + "/task/" + self));
            return ReadOnlyPath.of(root, "No such file or directory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void process(Path dir, ProcessTable.Process p) throws IOException {
        for (String name : PROCESS_DIRS) {
            Files.createDirectory(dir.resolve(name));
        }
        Files.createDirectory(dir.resolve("task").resolve(String.valueOf(p.pid())));
        for (String name : PROCESS_LINKS) {
            Files.createSymbolicLink(dir.resolve(name), dir.getFileSystem().getPath("/"));
        }
        for (String name : PROCESS_FILES) {
            Files.createFile(dir.resolve(name));
        }
        Files.writeString(dir.resolve("cmdline"), p.cmdline(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("comm"), p.comm() + "\n", StandardCharsets.UTF_8);
    }
}
