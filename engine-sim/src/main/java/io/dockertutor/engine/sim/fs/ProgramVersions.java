package io.dockertutor.engine.sim.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the official images' programs print when asked for their version ({@code python --version},
 * {@code go version}, {@code psql --version}): the texts live in {@code program-versions.txt} and take the version
 * from the variables each image's Dockerfile sets, so {@code python:3.11} and {@code python:3.12} answer apart.
 *
 * <pre>{@code
 * ProgramVersions.bundled().answer("python3", List.of("--version"), env::get)  // Reply[stderr=false, "Python 3.12.14"]
 * }</pre>
 */
final class ProgramVersions {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)((?:(?:%%|%|#)[^}%#]*)*)}");
    private static final Pattern OPERATION = Pattern.compile("(%%|%|#)([^%#]*)");
    private static final Pattern CONDITION = Pattern.compile("\\[([A-Z_][A-Z0-9_]*)=([^\\]]*)]");
    private static final ProgramVersions BUNDLED = load();

    /** What a program printed: text on stdout or stderr, without its final newline. */
    record Reply(boolean stderr, String text) {
    }

    private record Entry(String program, List<String> args, String conditionName, String conditionValue,
                         boolean stderr, String template) {
    }

    private final List<Entry> entries;

    private ProgramVersions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static ProgramVersions bundled() {
        return BUNDLED;
    }

    /** The text {@code program args} prints in a container whose environment {@code env} reads, if modelled. */
    Optional<Reply> answer(String program, List<String> args, Function<String, String> env) {
        for (Entry e : entries) {
            if (!e.program.equals(program) || !e.args.equals(args)) {
                continue;
            }
            if (e.conditionName != null && !glob(e.conditionValue, env.apply(e.conditionName))) {
                continue;
            }
            Optional<String> text = expand(e.template, env);
            if (text.isPresent()) {
                return Optional.of(new Reply(e.stderr, text.get()));
            }
        }
        return Optional.empty();
    }

    /** A condition's value: literal text where {@code *} stands for any characters. */
    private static boolean glob(String pattern, String value) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        return value.matches(regex.substring(0, regex.length() - 2));
    }

    /** The template with its variables replaced, or empty when one of them is not set. */
    static Optional<String> expand(String template, Function<String, String> env) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = env.apply(m.group(1));
            if (value == null || value.isEmpty()) {
                return Optional.empty();
            }
            Matcher op = OPERATION.matcher(m.group(2));
            while (op.find()) {
                value = trim(value, op.group(1), op.group(2));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return Optional.of(sb.toString().replace("\\n", "\n"));
    }

    /**
     * The shell's {@code ${V%%X*}}, {@code ${V%X*}} and {@code ${V#X}}, for the literal X these texts need; several
     * apply left to right ({@code ${MARIADB_VERSION#1:%%+*}} turns {@code 1:11.8.8+maria~ubu2404} into 11.8.8).
     */
    private static String trim(String value, String op, String pattern) {
        String literal = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
        int at;
        return switch (op) {
            case "%%" -> (at = value.indexOf(literal)) >= 0 ? value.substring(0, at) : value;
            case "%" -> (at = value.lastIndexOf(literal)) >= 0 ? value.substring(0, at) : value;
            default -> value.startsWith(literal) ? value.substring(literal.length()) : value;
        };
    }

    private static ProgramVersions load() {
        try (InputStream in = ProgramVersions.class.getResourceAsStream("program-versions.txt")) {
            if (in == null) {
                throw new IllegalStateException("program-versions.txt is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProgramVersions parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf(" = ");
            if (eq < 0) {
                throw new IllegalArgumentException("program-versions.txt: no ' = ' in: " + line);
            }
            List<String> words = new ArrayList<>(List.of(line.substring(0, eq).trim().split("\\s+")));
            String name = null;
            String value = null;
            Matcher c = CONDITION.matcher(words.get(words.size() - 1));
            if (c.matches()) {
                name = c.group(1);
                value = c.group(2);
                words.remove(words.size() - 1);
            }
            String template = line.substring(eq + 3);
            boolean stderr = template.startsWith("2> ");
            entries.add(new Entry(words.get(0), List.copyOf(words.subList(1, words.size())), name, value,
                    stderr, stderr ? template.substring(3) : template));
        }
        return new ProgramVersions(entries);
    }
}
