package io.dockertutor.sh;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pathname expansion of {@code *}, {@code ?} and {@code [...]} against a {@link FileView}. Patterns arrive with
 * quoted characters escaped by a backslash; matches are sorted and keep the pattern's form (relative stays
 * relative). No match gives an empty list: the caller keeps the word as it was, like bash.
 */
public final class Glob {
    private Glob() {
    }

    static boolean hasMeta(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static List<String> expand(String pattern, FileView files, String cwd) {
        boolean dirsOnly = pattern.endsWith("/");
        boolean absolute = pattern.startsWith("/");
        List<String> segments = new ArrayList<>();
        for (String s : pattern.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(absolute ? "/" : "");
        boolean anyMeta = false;
        for (int i = 0; i < segments.size(); i++) {
            String seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            List<String> next = new ArrayList<>();
            if (!hasUnescapedMeta(seg)) {
                for (String c : candidates) {
                    next.add(join(c, unescape(seg)));
                }
            } else {
                anyMeta = true;
                Pattern regex = toRegex(seg);
                boolean showHidden = seg.startsWith(".") || seg.startsWith("\\.");
                for (String c : candidates) {
                    for (String name : list(files, cwd, c.isEmpty() ? "." : c)) {
                        if ((showHidden || !name.startsWith(".")) && regex.matcher(name).matches()) {
                            next.add(join(c, name));
                        }
                    }
                }
            }
            // Literal segments are not checked on the way (a mount may sit below an unreachable directory);
            // listing a missing directory simply finds nothing, and the final names are checked below.
            candidates = new ArrayList<>();
            for (String n : next) {
                if (!last || (dirsOnly ? isDirectory(files, cwd, n) : exists(files, cwd, n))) {
                    candidates.add(n);
                }
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
        }
        if (!anyMeta) {
            return List.of();
        }
        candidates.sort(null);
        if (dirsOnly) {
            candidates.replaceAll(c -> c + "/");
        }
        return candidates;
    }

    private static String join(String prefix, String name) {
        if (prefix.isEmpty()) {
            return name;
        }
        return prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
    }

    private static List<String> list(FileView files, String cwd, String dir) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(files.resolve(cwd, dir))) {
            for (Path p : stream) {
                names.add(p.getFileName().toString());
            }
        } catch (IOException | OutsideViewException | RuntimeException e) {
            return List.of();
        }
        return names;
    }

    private static boolean exists(FileView files, String cwd, String path) {
        try {
            return Files.exists(files.resolveEntry(cwd, path), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (OutsideViewException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isDirectory(FileView files, String cwd, String path) {
        try {
            return Files.isDirectory(files.resolve(cwd, path));
        } catch (OutsideViewException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasUnescapedMeta(String seg) {
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String seg) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (c == '\\' && i + 1 < seg.length()) {
                c = seg.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether {@code name} matches the shell pattern {@code pattern} as a whole ({@code find -name}, {@code case}). */
    public static boolean matches(String pattern, String name) {
        return toRegex(pattern).matcher(name).matches();
    }

    /** Converts one segment of a shell pattern to a regular expression. */
    static Pattern toRegex(String seg) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (c == '\\' && i + 1 < seg.length()) {
                re.append(Pattern.quote(String.valueOf(seg.charAt(++i))));
            } else if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int close = bracketEnd(seg, i);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    re.append(bracket(seg.substring(i + 1, close)));
                    i = close;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        try {
            return Pattern.compile(re.toString(), Pattern.DOTALL);
        } catch (java.util.regex.PatternSyntaxException e) {
            return Pattern.compile(Pattern.quote(seg)); // e.g. a reversed range [z-a]: matches only itself
        }
    }

    private static int bracketEnd(String seg, int open) {
        int i = open + 1;
        if (i < seg.length() && (seg.charAt(i) == '!' || seg.charAt(i) == '^')) {
            i++;
        }
        if (i < seg.length() && seg.charAt(i) == ']') {
            i++;
        }
        for (; i < seg.length(); i++) {
            if (seg.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static String bracket(String body) {
        StringBuilder sb = new StringBuilder("[");
        int i = 0;
        if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
            sb.append('^');
            i = 1;
        }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '-' && i > 0 && i < body.length() - 1) {
                sb.append('-');
            } else if (c == '\\' && i + 1 < body.length() && !Character.isLetterOrDigit(body.charAt(i + 1))) {
                sb.append('\\').append(body.charAt(++i));
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        return sb.append(']').toString();
    }
}
