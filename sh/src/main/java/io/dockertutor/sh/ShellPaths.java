package io.dockertutor.sh;

import java.util.ArrayDeque;
import java.util.Deque;

/** Lexical operations on shell paths (absolute {@code /}-separated strings), independent of any file system. */
public final class ShellPaths {
    private ShellPaths() {
    }

    /** {@code typed} against {@code cwd}, with empty, {@code .} and {@code ..} segments folded; "/" at most. */
    public static String normalize(String cwd, String typed) {
        String joined = typed.startsWith("/") ? typed : cwd + "/" + typed;
        Deque<String> segments = new ArrayDeque<>();
        for (String s : joined.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(s);
            }
        }
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }

    /** True when {@code path} is {@code prefix} or lies below it. */
    public static boolean isWithin(String path, String prefix) {
        return path.equals(prefix) || prefix.equals("/") || path.startsWith(prefix + "/");
    }

    /** The last segment of a typed path, ignoring trailing slashes ({@code "a/b/"} gives {@code "b"}). */
    public static String baseName(String typed) {
        String t = typed;
        while (t.length() > 1 && t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        int slash = t.lastIndexOf('/');
        return slash < 0 ? t : t.substring(slash + 1);
    }
}
