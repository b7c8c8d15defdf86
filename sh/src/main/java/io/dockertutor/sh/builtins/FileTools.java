package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Command;
import java.util.List;
import java.util.Map;

/**
 * The everyday programs of coreutils, diffutils and busybox beyond the first builtins: file modes and links,
 * digests, disk usage and text tools. {@link #addTo} puts the ones safe in the learner's own workspace in a table;
 * {@link #containerOnly} are those that only make sense in a container's tree (links and owners: the workspace is
 * the learner's real disk, where the tutor neither plants links nor changes owners).
 */
final class FileTools {
    private FileTools() {
    }

    static void addTo(Map<String, Command> table) {
        Map<String, Command> t = new java.util.LinkedHashMap<>();
        t.put("chmod", Chmod::run);
        t.put("readlink", Readlink::readlink);
        t.put("realpath", Readlink::realpath);
        t.put("stat", Stat::run);
        t.put("du", Du::run);
        t.put("md5sum", Digest.of("MD5"));
        t.put("sha1sum", Digest.of("SHA-1"));
        t.put("sha256sum", Digest.of("SHA-256"));
        t.put("sha512sum", Digest.of("SHA-512"));
        t.put("nproc", SystemFigures::nproc);
        t.put("mktemp", Mktemp::run);
        t.put("truncate", Truncate::run);
        t.put("cmp", Cmp::run);
        t.put("diff", Diff::run);
        t.put("base64", Base64Program::run);
        t.put("expr", Expr::run);
        t.put("rev", TextFilters::rev);
        t.put("nl", TextFilters::nl);
        t.put("od", Od::run);
        t.put("yes", TextFilters::yes);
        t.put("free", SystemFigures::free);
        t.put("uptime", SystemFigures::uptime);
        helped(t, List.copyOf(t.keySet()));
        table.putAll(t);
    }

    static Map<String, Command> containerOnly() {
        Map<String, Command> t = new java.util.LinkedHashMap<>();
        t.put("ln", Ln::run);
        t.put("chown", Chown::chown);
        t.put("chgrp", Chown::chgrp);
        helped(t, List.copyOf(t.keySet()));
        return t;
    }

    /** GNU's --help and --version texts where gnu-help.txt has them. */
    private static void helped(Map<String, Command> t, List<String> names) {
        for (String name : names) {
            t.put(name, GnuHelp.answering(name, t.get(name)));
        }
    }
}
