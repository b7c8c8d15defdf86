package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.util.Map;

/** {@code --chown=user:group} with names looked up in the stage's /etc/passwd and /etc/group, as BuildKit does. */
final class Owners {
    private Owners() {
    }

    static int[] resolve(String chown, Map<String, FileSpec> files) {
        if (chown == null || chown.isEmpty()) {
            return new int[] {0, 0};
        }
        String[] parts = chown.split(":", 2);
        int uid = id(parts[0], files.get("/etc/passwd"), 2);
        int gid = parts.length > 1 ? id(parts[1], files.get("/etc/group"), 2) : primaryGroup(parts[0], files.get("/etc/passwd"), uid);
        return new int[] {uid, gid};
    }

    private static int id(String name, FileSpec db, int field) {
        if (name.matches("\\d+")) {
            return Integer.parseInt(name);
        }
        if (db != null) {
            for (String line : db.content().split("\n")) {
                String[] f = line.split(":");
                if (f.length > field && f[0].equals(name)) {
                    return Integer.parseInt(f[field]);
                }
            }
        }
        throw new IllegalArgumentException("unable to find user " + name + ": no matching entries in passwd file");
    }

    private static int primaryGroup(String user, FileSpec passwd, int uid) {
        if (passwd != null) {
            for (String line : passwd.content().split("\n")) {
                String[] f = line.split(":");
                if (f.length > 3 && (f[0].equals(user) || f[2].equals(user))) {
                    return Integer.parseInt(f[3]);
                }
            }
        }
        return uid;
    }
}
