package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Users and groups by name and id, from the shell's own {@code /etc/passwd} and {@code /etc/group} (a container's,
 * read through its file view; the learner's workspace has none, so there only root and numbers are known), and a
 * file's owner as the trees store it: by name, a number standing for an id without a name.
 */
final class FileOwners {
    /** The names Jimfs gives files nobody chowned: they are root's, as {@link LongFormat} shows them. */
    private static final Set<String> NO_OWNER = Set.of("user", "group");

    private final Map<String, Integer> users;
    private final Map<String, Integer> groups;

    private FileOwners(Map<String, Integer> users, Map<String, Integer> groups) {
        this.users = users;
        this.groups = groups;
    }

    static FileOwners of(Invocation call) {
        return new FileOwners(table(call, "/etc/passwd", 2), table(call, "/etc/group", 2));
    }

    OptionalInt uid(String name) {
        return id(users, name);
    }

    OptionalInt gid(String name) {
        return id(groups, name);
    }

    /** The user name of {@code uid}, if passwd has one. */
    Optional<String> userName(int uid) {
        return name(users, uid);
    }

    Optional<String> groupName(int gid) {
        return name(groups, gid);
    }

    /** The owner of {@code p} itself as the tree keeps it ({@code root}, {@code daemon}, {@code 1234}). */
    static String owner(Path p) {
        return attributes(p).map(a -> stored(a.owner().getName())).orElse("root");
    }

    static String group(Path p) {
        return attributes(p).map(a -> stored(a.group().getName())).orElse("root");
    }

    /** Sets the owner (when not null) and the group (when not null) of {@code p} itself, by name or bare number. */
    static void change(Path p, String owner, String group) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            throw new IOException("Operation not supported");
        }
        UserPrincipalLookupService lookup = p.getFileSystem().getUserPrincipalLookupService();
        if (owner != null) {
            view.setOwner(lookup.lookupPrincipalByName(owner));
        }
        if (group != null) {
            view.setGroup(lookup.lookupPrincipalByGroupName(group));
        }
    }

    /** The id a stored name stands for: from the table, a bare number as is, root 0, otherwise empty. */
    static OptionalInt idOf(Map<String, Integer> table, String stored) {
        OptionalInt known = id(table, stored);
        return known.isPresent() ? known : stored.equals("root") ? OptionalInt.of(0) : OptionalInt.empty();
    }

    Map<String, Integer> users() {
        return users;
    }

    Map<String, Integer> groups() {
        return groups;
    }

    private static String stored(String name) {
        return NO_OWNER.contains(name) ? "root" : name;
    }

    private static Optional<PosixFileAttributes> attributes(Path p) {
        try {
            return Optional.of(Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IOException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt id(Map<String, Integer> table, String name) {
        Integer id = table.get(name);
        if (id != null) {
            return OptionalInt.of(id);
        }
        if (name.equals("root")) {
            return OptionalInt.of(0);
        }
        return name.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(name)) : OptionalInt.empty();
    }

    private static Optional<String> name(Map<String, Integer> table, int id) {
        if (id == 0) {
            return Optional.of("root");
        }
        return table.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst();
    }

    private static Map<String, Integer> table(Invocation call, String file, int idField) {
        Map<String, Integer> table = new LinkedHashMap<>();
        try {
            Path p = call.shell().files().resolve(file);
            for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(":", -1);
                if (f.length > idField && f[idField].matches("\\d{1,9}")) {
                    table.putIfAbsent(f[0], Integer.parseInt(f[idField]));
                }
            }
        } catch (OutsideViewException | IOException | RuntimeException e) {
            // no such table in this view (the learner's workspace): only root and bare numbers are known
        }
        return table;
    }
}
