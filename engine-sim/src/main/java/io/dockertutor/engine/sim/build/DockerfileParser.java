package io.dockertutor.engine.sim.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile the way BuildKit's parser does ({@code frontend/dockerfile/parser}): parser directives at the top
 * ({@code # syntax=}, {@code # escape=}), comments, continuation lines (comment and empty lines inside them skipped),
 * case-insensitive instruction words, leading {@code --flag=value} words, and JSON or shell form. Then checks each
 * instruction's arguments with the messages of {@code frontend/dockerfile/instructions}, checked against a real engine.
 */
public final class DockerfileParser {
    static final List<String> INSTRUCTIONS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
            "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
    private static final Set<String> JSON_FORMS = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern FLAG = Pattern.compile("--([a-zA-Z][a-zA-Z0-9-]*)(?:=(\\S*))?");

    private DockerfileParser() {
    }

    public static Dockerfile parse(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        char escape = '\\';
        String syntax = null;
        int i = 0;
        Map<String, String> seen = new LinkedHashMap<>();
        for (; i < count; i++) {
            Matcher m = DIRECTIVE.matcher(strip(lines[i]));
            if (!m.matches()) {
                break;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (!key.equals("escape") && !key.equals("syntax") && !key.equals("check")) {
                break;
            }
            if (seen.put(key, m.group(2)) != null) {
                throw new DockerfileException("only one " + key + " parser directive can be used", i + 1, i + 1);
            }
            if (key.equals("escape")) {
                String v = m.group(2);
                if (!v.equals("`") && !v.equals("\\")) {
                    throw new DockerfileException("invalid escape token '" + v + "' does not match ` or \\", i + 1, i + 1);
                }
                escape = v.charAt(0);
            } else if (key.equals("syntax")) {
                syntax = m.group(2);
            }
        }
        Pattern continuation = Pattern.compile(Pattern.quote(String.valueOf(escape)) + "[ \\t]*$");
        List<Instruction> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (i = 0; i < count; i++) {
            String line = strip(lines[i]).stripLeading();
            if (line.startsWith("#")) {
                continue;
            }
            int start = i + 1;
            Matcher c = continuation.matcher(line);
            boolean more = c.find();
            if (more) {
                line = line.substring(0, c.start());
            } else if (line.isEmpty()) {
                continue;
            }
            StringBuilder joined = new StringBuilder(line);
            while (more && i + 1 < count) {
                String next = strip(lines[++i]);
                if (next.stripLeading().startsWith("#")) {
                    continue;
                }
                if (next.isBlank()) {
                    warnings.add("NoEmptyContinuation: Empty continuation line (line " + (i + 1) + ")");
                    continue;
                }
                Matcher n = continuation.matcher(next);
                more = n.find();
                joined.append(more ? next.substring(0, n.start()) : next);
            }
            out.add(instruction(joined.toString(), start, i + 1));
        }
        if (out.isEmpty()) {
            throw new DockerfileException("file with no instructions", count, count);
        }
        return new Dockerfile(out, escape, syntax, text, warnings);
    }

    /** Splits {@code word rest}, takes the leading flags, and reads JSON where the instruction allows it. */
    static Instruction instruction(String line, int start, int end) {
        String trimmed = line.strip();
        int sp = firstSpace(trimmed);
        String typed = sp < 0 ? trimmed : trimmed.substring(0, sp);
        String keyword = typed.toUpperCase(Locale.ROOT);
        String rest = sp < 0 ? "" : trimmed.substring(sp).strip();
        if (!INSTRUCTIONS.contains(keyword)) {
            String hint = Suggest.closest(typed, INSTRUCTIONS);
            throw DockerfileException.parse("unknown instruction: " + typed + (hint == null ? "" : " (did you mean " + hint + "?)"), start, end);
        }
        Map<String, String> flags = new LinkedHashMap<>();
        while (rest.startsWith("--")) {
            int w = firstSpace(rest);
            String word = w < 0 ? rest : rest.substring(0, w);
            Matcher f = FLAG.matcher(word);
            if (!f.matches()) {
                break;
            }
            flags.put(f.group(1), f.group(2) == null ? "" : f.group(2));
            rest = w < 0 ? "" : rest.substring(w).strip();
        }
        List<String> words;
        boolean json = false;
        List<String> parsed = JSON_FORMS.contains(keyword) && rest.startsWith("[") ? JsonArray.parse(rest) : null;
        if (parsed != null) {
            words = parsed;
            json = true;
        } else {
            words = rest.isEmpty() ? List.of() : List.of(rest.split("[ \\t]+"));
        }
        Instruction ins = new Instruction(keyword, typed, flags, rest, json, words, start, end);
        InstructionRules.check(ins);
        return ins;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
