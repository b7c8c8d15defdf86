package io.dockertutor.engine.sim.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code key=value} lists of ENV, LABEL and ARG, split into raw words as BuildKit's parser does (quotes keep
 * white space inside a word); values stay raw until the executor expands variables and removes the quotes.
 * {@code ENV key value} (no {@code =} in the first word) is the legacy one-pair form.
 */
final class KeyValues {
    private KeyValues() {
    }

    static List<Map.Entry<String, String>> env(Instruction ins) {
        return pairs(ins, "ENV");
    }

    static List<Map.Entry<String, String>> labels(Instruction ins) {
        return pairs(ins, "LABEL");
    }

    private static List<Map.Entry<String, String>> pairs(Instruction ins, String what) {
        List<String> words = words(ins.rest());
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        if (!words.get(0).contains("=")) {
            if (words.size() < 2) {
                throw InstructionRules.fail(ins, what + " must have two arguments");
            }
            String value = ins.rest().substring(ins.rest().indexOf(words.get(0)) + words.get(0).length()).strip();
            out.add(Map.entry(words.get(0), value));
            return out;
        }
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq < 0) {
                throw InstructionRules.fail(ins, "Syntax error - can't find = in \"" + w + "\". Must be of the form: name=value");
            }
            if (eq == 0) {
                throw InstructionRules.fail(ins, what + " names can not be blank");
            }
            out.add(Map.entry(w.substring(0, eq), w.substring(eq + 1)));
        }
        return out;
    }

    /** White-space separated words; quotes and backslash escapes keep their characters (removed later). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (c == ' ' || c == '\t')) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            cur.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
                cur.append(text.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }
}
