package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.builtins.BusyboxUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * busybox {@code ps} (procps/ps.c, the DESKTOP build both Hub's 1.36.1 and Debian's 1.35 are): the container's
 * processes from its {@link ProcessTable}, in the default columns {@code pid,user[,time],args} or those {@code -o}
 * names ({@code COL=HEADER} renames one; a column after {@code args} does not fit the line and is left out). It
 * takes and ignores {@code -a -A -d -e -f -l -Z -T} and any operand ({@code ps aux} is {@code ps}); another option is
 * refused with the usage. Recorded on Hub's 1.36.1 configuration and on the lab engine's Debian 1.35.
 */
final class Ps implements Command {
    /** ps.c's MAX_WIDTH: the line width when standard output is not a terminal. */
    private static final int MAX_WIDTH = 2 * 1024;

    private record Column(String name, int width, String header) {
    }

    private static final List<Column> SPECS = List.of(new Column("user", 8, "USER"), new Column("group", 8, "GROUP"),
            new Column("comm", 16, "COMMAND"), new Column("args", MAX_WIDTH, "COMMAND"), new Column("pid", 5, "PID"),
            new Column("ppid", 5, "PPID"), new Column("pgid", 5, "PGID"), new Column("etime", 7, "ELAPSED"),
            new Column("nice", 5, "NI"), new Column("rgroup", 8, "RGROUP"), new Column("ruser", 8, "RUSER"),
            new Column("time", 5, "TIME"), new Column("tty", 6, "TT"), new Column("vsz", 4, "VSZ"),
            new Column("sid", 5, "SID"), new Column("stat", 4, "STAT"), new Column("rss", 4, "RSS"));

    private final ShellProcesses processes;

    Ps(ShellProcesses processes) {
        this.processes = processes;
    }

    @Override
    public int run(Invocation call) {
        BusyboxBuild build = processes.build();
        List<String> specs = new ArrayList<>();
        List<String> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                return BusyboxUsage.refuse(call, "unrecognized option '" + a + "'");
            }
            if (!a.startsWith("-") || a.length() == 1) {
                continue; // operands are ignored
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (c == 'o') {
                    String value = k + 1 < a.length() ? a.substring(k + 1) : i + 1 < args.size() ? args.get(++i) : null;
                    if (value == null) {
                        return BusyboxUsage.refuse(call, "option requires an argument -- 'o'");
                    }
                    specs.add(value);
                    break;
                }
                if ("ZaAdeflT".indexOf(c) < 0) {
                    return BusyboxUsage.refuse(call, "invalid option -- '" + c + "'");
                }
            }
        }
        if (specs.isEmpty()) {
            specs.add(build.psTime() ? "pid,user,time,args" : "pid,user,args");
        }
        List<Column> columns = new ArrayList<>();
        for (String spec : specs) {
            String bad = parse(spec, build, columns);
            if (bad != null) {
                call.err().println("ps: bad -o argument '" + bad + "', supported arguments: "
                        + String.join(",", known(build).stream().map(Column::name).toList()));
                return 1;
            }
        }
        int lineWidth = processes.table().terminal() ? 79 : MAX_WIDTH;
        int width = 0;
        for (int i = 0; i < columns.size(); i++) {
            width += columns.get(i).width() + 1;
            if (width > lineWidth) {
                columns = columns.subList(0, i + 1); // the rest does not fit on the line
                break;
            }
        }
        if (columns.stream().anyMatch(c -> !c.header().isEmpty())) {
            print(call, columns, columns.stream().map(Column::header).toList(), lineWidth, false);
        }
        ProcessView view = new ProcessView(processes, path -> ProcessView.read(call, path));
        for (ProcessTable.Process p : processes.table().list()) {
            print(call, columns, columns.stream().map(c -> view.value(c.name(), c.width(), p)).toList(), lineWidth, true);
        }
        return 0;
    }

    /** ps.c's parse_o: a comma list whose last name may carry {@code =HEADER} (which may hold commas). */
    private static String parse(String spec, BusyboxBuild build, List<Column> into) {
        String opt = spec;
        while (true) {
            int comma = opt.indexOf(',');
            int equal = opt.indexOf('=');
            if (comma >= 0 && (equal < 0 || equal > comma)) {
                Column c = find(opt.substring(0, comma), build);
                if (c == null) {
                    return opt.substring(0, comma);
                }
                into.add(c);
                opt = opt.substring(comma + 1);
                continue;
            }
            Column c = find(equal >= 0 ? opt.substring(0, equal) : opt, build);
            if (c == null) {
                return equal >= 0 ? opt.substring(0, equal) : opt;
            }
            if (equal < 0) {
                into.add(c);
                return null;
            }
            String header = opt.substring(equal + 1);
            int next = header.indexOf(',');
            String rest = next >= 0 ? header.substring(next + 1) : null;
            header = next >= 0 ? header.substring(0, next) : header;
            into.add(new Column(c.name(), header.isEmpty() ? c.width() : header.length(), header));
            if (rest == null) {
                return null;
            }
            opt = rest;
        }
    }

    /** strncmp(name, spec, 6) == 0: the name itself, or for six-letter names anything that starts with them. */
    private static Column find(String name, BusyboxBuild build) {
        for (Column c : known(build)) {
            if (c.name().equals(name) || c.name().length() == 6 && name.startsWith(c.name())) {
                return c;
            }
        }
        return null;
    }

    private static List<Column> known(BusyboxBuild build) {
        return build.psTime() ? SPECS
                : SPECS.stream().filter(c -> !c.name().equals("time") && !c.name().equals("etime")).toList();
    }

    /** Fields padded to their width and at least one space apart, the last one not padded; the line cut at its width. */
    private static void print(Invocation call, List<Column> columns, List<String> values, int lineWidth, boolean row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            // POSIX: a field without a value shows a hyphen
            String v = row && values.get(i).isEmpty() ? "-" : values.get(i);
            line.append(v);
            if (i + 1 < columns.size()) {
                line.append(" ".repeat(Math.max(1, columns.get(i).width() - v.length() + 1)));
            }
        }
        call.out().println(line.length() > lineWidth ? line.substring(0, lineWidth) : line);
    }
}
