package io.dockertutor.cli.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A captured {@code --help} page with some flags and subcommands hidden, as cobra prints it once cmd/docker has
 * marked them hidden: their lines gone from the Options and Commands sections (a section left empty goes too),
 * and the Options table laid out again by pflag's rules ({@link FlagColumns}), whose column follows the longest
 * visible flag. Subcommand names keep their column: cobra pads them to the longest of all, hidden or not.
 */
final class HelpPage {
    private static final Pattern FLAG_LINE = Pattern.compile("^((?:  -\\S, |      )--([^\\s\\[=]+).*?)( {3,})(.*)$");
    private static final Pattern COMMAND_LINE = Pattern.compile("^  (\\S+?)\\*? .*$");

    private HelpPage() {
    }

    /** {@code page} without {@code flags} and {@code subcommands}; the page unchanged when it cannot be laid out again. */
    static String hide(String page, Set<String> flags, Set<String> subcommands) {
        if (flags.isEmpty() && subcommands.isEmpty()) {
            return page;
        }
        return rewrite(page, flags, subcommands, false).orElse(page);
    }

    /** {@code page} with every Options table laid out again, or empty when one does not unwrap: for tests. */
    static Optional<String> relaid(String page) {
        return rewrite(page, Set.of(), Set.of(), true);
    }

    private static Optional<String> rewrite(String page, Set<String> flags, Set<String> subcommands, boolean relay) {
        List<String> lines = List.of(page.split("\n", -1));
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < lines.size()) {
            String line = lines.get(k);
            out.add(line);
            k++;
            if (!line.matches("^[A-Z][A-Za-z ]*:$")) {
                continue;
            }
            int end = k;
            // a section ends at a blank line, or at text that is not part of it (build's deprecation notice)
            while (end < lines.size() && lines.get(end).startsWith(" ")) {
                end++;
            }
            List<String> section = lines.subList(k, end);
            Optional<List<String>> kept = line.endsWith("Options:") ? options(section, flags, relay)
                    : line.endsWith("Commands:") ? Optional.of(commands(section, subcommands)) : Optional.of(section);
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            if (kept.get().isEmpty() && !section.isEmpty()) {
                // cobra leaves out a section with nothing available, and the blank line before its title
                out.remove(out.size() - 1);
                if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                    out.remove(out.size() - 1);
                }
            }
            out.addAll(kept.get());
            k = end;
        }
        return Optional.of(String.join("\n", out));
    }

    private static List<String> commands(List<String> section, Set<String> hidden) {
        List<String> kept = new ArrayList<>();
        for (String line : section) {
            Matcher m = COMMAND_LINE.matcher(line);
            if (!m.matches() || !hidden.contains(m.group(1))) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The Options table without {@code hidden}, laid out again; empty when a usage does not unwrap. */
    private static Optional<List<String>> options(List<String> section, Set<String> hidden, boolean relay) {
        List<String[]> entries = new ArrayList<>();    // names, flag name, gap, first usage line
        List<List<String>> usages = new ArrayList<>();
        for (String line : section) {
            Matcher m = FLAG_LINE.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(1), m.group(2), m.group(3)});
                usages.add(new ArrayList<>(List.of(m.group(4))));
            } else if (usages.isEmpty()) {
                return Optional.empty();
            } else {
                usages.get(usages.size() - 1).add(line);
            }
        }
        if (!relay && entries.stream().noneMatch(e -> hidden.contains(e[1]))) {
            return Optional.of(section);
        }
        int indent = entries.stream().mapToInt(e -> e[0].length()).max().orElse(0) + 3;
        List<FlagColumns.Entry> visible = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            String[] e = entries.get(k);
            List<String> usage = usages.get(k);
            if (e[0].length() + e[2].length() != indent) {
                return Optional.empty();
            }
            List<String> unindented = new ArrayList<>(List.of(usage.get(0)));
            for (String more : usage.subList(1, usage.size())) {
                if (!more.startsWith(" ".repeat(indent))) {
                    return Optional.empty();
                }
                unindented.add(more.substring(indent));
            }
            Optional<String> text = FlagColumns.usage(unindented, indent);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (!hidden.contains(e[1])) {
                visible.add(new FlagColumns.Entry(e[0], text.get()));
            }
        }
        return Optional.of(visible.isEmpty() ? List.of() : List.of(FlagColumns.render(visible).split("\n", -1)));
    }
}
