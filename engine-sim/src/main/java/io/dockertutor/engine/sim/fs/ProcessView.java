package io.dockertutor.engine.sim.fs;

import java.time.Duration;
import java.util.function.Function;

/**
 * One field of a process as busybox {@code ps} formats it (procps/ps.c's func_* functions): names from the
 * container's {@code /etc/passwd} and {@code /etc/group} (the number when there is none), times as {@code mm:ss},
 * the state of the process asking as R and of the others, which wait for it, as S.
 */
final class ProcessView {
    private final ShellProcesses processes;
    private final Function<String, String> read;

    /** @param read a file of the container by path, or null */
    ProcessView(ShellProcesses processes, Function<String, String> read) {
        this.processes = processes;
        this.read = read;
    }

    String value(String column, int width, ProcessTable.Process p) {
        Accounts account = Accounts.of(read, p.user());
        Accounts.Group group = account.groups().get(0);
        String user = account.name() != null ? account.name() : String.valueOf(account.uid());
        String groupName = group.name() != null ? group.name() : String.valueOf(group.gid());
        boolean running = p.pid() == processes.table().current().pid();
        return switch (column) {
            case "user", "ruser" -> cut(user, width);
            case "group", "rgroup" -> cut(groupName, width);
            case "comm" -> cut(p.comm(), width);
            case "args" -> args(p, width);
            case "pid" -> number(p.pid(), width);
            case "ppid" -> number(p.ppid(), width);
            case "pgid", "sid" -> number(p.session(), width);
            case "nice" -> number(0, width);
            case "etime" -> time(Duration.between(p.started(), processes.now()).getSeconds());
            case "time" -> time(0);
            case "tty" -> processes.table().terminal() ? cut("136,0", width) : "?";
            case "vsz" -> String.format("%4d", processes.build().vszKb());
            case "rss" -> String.format("%4d", processes.build().rssKb());
            case "stat" -> running ? "R  " : "S  ";
            default -> "";
        };
    }

    /**
     * read_cmdline: the first {@code width} bytes of {@code /proc/PID/cmdline} with its NULs as spaces, after
     * {@code {comm}} when what is left of argv[0] does not name the process ({@code ps -o args=CMD} shows {@code {sh}).
     */
    static String args(ProcessTable.Process p, int width) {
        String raw = p.cmdline();
        raw = raw.substring(0, Math.min(raw.length(), width)).replaceAll("\0+$", "");
        int end = raw.indexOf('\0') >= 0 ? raw.indexOf('\0') : raw.length();
        String first = raw.substring(0, end).split(" ", 2)[0];
        String base = first.substring(first.lastIndexOf('/') + 1);
        if (base.startsWith("-")) {
            base = base.substring(1); // a login shell, "-sh"
        }
        String joined = raw.replaceAll("[\0-\037]", " ");
        return base.startsWith(p.comm()) ? joined : cut("{" + p.comm() + "} " + joined, width);
    }

    /** A file of the container as the program reading it sees it, or null (for the user and group names). */
    static String read(io.dockertutor.sh.Invocation call, String path) {
        try {
            java.nio.file.Path p = call.resolve(path);
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.readString(p) : null;
        } catch (java.io.IOException | io.dockertutor.sh.OutsideViewException | RuntimeException e) {
            return null;
        }
    }

    /** format_time for the 5-character columns: minutes and seconds, then hours, then days. */
    private static String time(long seconds) {
        long minutes = Math.max(0, seconds) / 60;
        if (minutes < 60) {
            return String.format("%2d:%02d", minutes, Math.max(0, seconds) % 60);
        }
        if (minutes / 60 < 24) {
            return String.format("%2dh%02d", minutes / 60, minutes % 60);
        }
        long hours = minutes / 60;
        return hours / 24 < 100 ? String.format("%2dd%02d", hours / 24, hours % 24) : String.format("%4dd", hours / 24);
    }

    private static String number(int n, int width) {
        return String.format("%" + width + "d", n);
    }

    private static String cut(String s, int width) {
        return s.length() > width ? s.substring(0, width) : s;
    }
}
