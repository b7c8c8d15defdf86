package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Glob;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of GNU grep's command line that getopt alone does not read: {@code -NUM} (context), {@code --color}
 * without a value (auto), the context and -m numbers with grep's complaints, and the --include/--exclude globs.
 */
final class GrepArguments {
    private GrepArguments() {
    }

    /** Context lines before and after, the -m limit, colour, and the group separator (null: none is printed). */
    record Settings(int before, int after, long maxCount, boolean color, String groupSeparator) {
    }

    /** {@code -5} as {@code --context=5}, {@code --color} as {@code --color=auto}; option values stay as they are. */
    static List<String> normalized(List<String> args) {
        List<String> out = new ArrayList<>();
        boolean options = true;
        for (String a : args) {
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
            boolean isValue = previous.matches("-[a-zA-Z]*[efABCmdD]");
            if (options && !isValue && a.matches("-[0-9]+")) {
                out.add("--context=" + a.substring(1));
            } else if (options && !isValue && (a.equals("--color") || a.equals("--colour"))) {
                out.add("--color=auto");
            } else {
                out.add(a);
            }
            options &= !a.equals("--") || isValue;
        }
        return out;
    }

    static Settings settings(GnuOptions o, char color, char groupSeparator, char noGroupSeparator)
            throws GrepPattern.Invalid {
        int context = o.has('C') ? lines(o.value('C', "")) : -1;
        int after = o.has('A') ? lines(o.value('A', "")) : context;
        int before = o.has('B') ? lines(o.value('B', "")) : context;
        long max = Long.MAX_VALUE;
        if (o.has('m')) {
            try {
                max = Long.parseLong(o.value('m', ""));
            } catch (NumberFormatException e) {
                throw new GrepPattern.Invalid("invalid max count");
            }
            max = max < 0 ? Long.MAX_VALUE : max;
        }
        String separator = null;
        if (!o.has(noGroupSeparator) && (after >= 0 || before >= 0)) {
            separator = o.value(groupSeparator, "--");
        }
        // "auto" colours a terminal only; the tutor prints plain text there as in a pipe
        boolean painted = List.of("always", "yes", "force").contains(o.value(color, "never"));
        return new Settings(Math.max(before, 0), Math.max(after, 0), max, painted, separator);
    }

    private static int lines(String value) throws GrepPattern.Invalid {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // grep's own words below
        }
        throw new GrepPattern.Invalid(value + ": invalid context length argument");
    }

    /** Whether a file passes --include (any of them, when given) and no --exclude, by its base name. */
    static boolean wanted(List<String> include, List<String> exclude, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!include.isEmpty() && include.stream().noneMatch(g -> Glob.matches(g, name))) {
            return false;
        }
        return none(exclude, name);
    }

    static boolean none(List<String> globs, String name) {
        return globs.stream().noneMatch(g -> Glob.matches(g, name));
    }
}
