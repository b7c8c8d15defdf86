package io.dockertutor.engine.sim.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * The container's user as {@code id}, {@code whoami} and {@code $HOME} see it, read from the container's own
 * {@code /etc/passwd} and {@code /etc/group} (a {@code -u 1000} with no passwd entry stays a bare number).
 *
 * @param name   the user name, or null when passwd has none for the uid
 * @param groups the primary group, then the groups that list the user, in {@code /etc/group} order
 */
record Accounts(int uid, String name, int gid, String home, List<Group> groups) {

    /** A group id and its name (null when {@code /etc/group} has none). */
    record Group(int gid, String name) {
        String describe() {
            return name == null ? String.valueOf(gid) : gid + "(" + name + ")";
        }
    }

    /**
     * Resolves a {@code -u} value ({@code ""}, {@code root}, {@code 1000}, {@code nginx:nginx}, {@code 1000:50})
     * against the two tables read by {@code read} (a file's text, or null when there is none).
     */
    static Accounts of(java.util.function.Function<String, String> read, String user) {
        List<String[]> passwd = table(read.apply("/etc/passwd"));
        List<String[]> group = table(read.apply("/etc/group"));
        String spec = user.isEmpty() ? "0" : user;
        String userPart = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        String groupPart = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : null;
        String[] entry = passwd.stream().filter(p -> p.length > 3
                && (p[0].equals(userPart) || p[2].equals(userPart))).findFirst().orElse(null);
        int uid = entry != null ? parse(entry[2]) : parse(userPart);
        String name = entry != null ? entry[0] : null;
        int gid = entry != null ? parse(entry[3]) : uid;
        if (groupPart != null) {
            String[] g = group.stream().filter(x -> x.length > 2 && (x[0].equals(groupPart) || x[2].equals(groupPart)))
                    .findFirst().orElse(null);
            gid = g != null ? parse(g[2]) : parse(groupPart);
        }
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(gid, groupName(group, gid)));
        for (String[] g : group) {
            if (name != null && g.length > 3 && List.of(g[3].split(",")).contains(name) && parse(g[2]) != gid) {
                groups.add(new Group(parse(g[2]), g[0]));
            }
        }
        String home = entry != null && entry.length > 5 && !entry[5].isEmpty() ? entry[5] : uid == 0 ? "/root" : "/";
        return new Accounts(uid, name, gid, home, groups);
    }

    /**
     * The account {@code id USER} shows: USER must have a passwd entry, by name (busybox looks names up only) or,
     * with {@code byUid}, by number as GNU id does. Empty when there is none.
     */
    static java.util.Optional<Accounts> named(java.util.function.Function<String, String> read, String user, boolean byUid) {
        boolean known = table(read.apply("/etc/passwd")).stream().anyMatch(p -> p.length > 3
                && (p[0].equals(user) || byUid && p[2].equals(user)));
        return known ? java.util.Optional.of(of(read, user)) : java.util.Optional.empty();
    }

    /** {@code id}'s line: {@code uid=0(root) gid=0(root) groups=0(root),10(wheel)}. */
    String idLine() {
        StringBuilder line = new StringBuilder("uid=").append(uid);
        if (name != null) {
            line.append('(').append(name).append(')');
        }
        line.append(" gid=").append(groups.get(0).describe()).append(" groups=");
        line.append(String.join(",", groups.stream().map(Group::describe).toList()));
        return line.toString();
    }

    /**
     * What {@code id} prints for its options, alike in busybox and GNU: none gives {@link #idLine()}; {@code -u},
     * {@code -g}, {@code -G} the numbers, with {@code -n} the names ({@code id -un} is {@code root}).
     */
    String id(List<String> args) {
        String flags = String.join("", args.stream().filter(a -> a.startsWith("-")).map(a -> a.substring(1)).toList());
        boolean names = flags.contains("n");
        if (flags.contains("u")) {
            return names && name != null ? name : String.valueOf(uid);
        }
        if (flags.contains("g")) {
            Group g = groups.get(0);
            return names && g.name() != null ? g.name() : String.valueOf(g.gid());
        }
        if (flags.contains("G")) {
            return String.join(" ", groups.stream()
                    .map(g -> names && g.name() != null ? g.name() : String.valueOf(g.gid())).toList());
        }
        return idLine();
    }

    private static String groupName(List<String[]> group, int gid) {
        return group.stream().filter(g -> g.length > 2 && g[2].equals(String.valueOf(gid))).map(g -> g[0])
                .findFirst().orElse(null);
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String[]> table(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text == null ? List.<String>of() : text.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split(":", -1));
            }
        }
        return rows;
    }
}
