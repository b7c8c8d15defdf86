package io.dockertutor.lessons;

import io.dockertutor.checker.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads snakeyaml's node tree while remembering where each value stands, so that every problem can be reported
 * at {@code file:line:column}. Problems are collected, not thrown, so one run of the linter reports them all.
 */
final class Yaml {
    private final String file;
    private final List<LessonProblem> problems;

    Yaml(String file, List<LessonProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void error(Node at, String message) {
        problems.add(new LessonProblem(file, line(at), column(at), message, false));
    }

    void warn(Node at, String message) {
        problems.add(new LessonProblem(file, line(at), column(at), message, true));
    }

    static int line(Node n) {
        return n == null ? 1 : n.getStartMark().getLine() + 1;
    }

    static int column(Node n) {
        return n == null ? 1 : n.getStartMark().getColumn() + 1;
    }

    /** A mapping's entries by key, in order; unknown keys are reported against {@code allowed}. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            error(node, what + " must be a mapping (key: value)");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                error(t.getKeyNode(), "keys of " + what + " must be plain words");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (expected one of: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                continue;
            }
            if (out.containsKey(key)) {
                error(t.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    String string(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        error(node, what + " must be a single value");
        return null;
    }

    Integer integer(Node node, String what) {
        String s = string(node, what);
        if (s == null) {
            return null;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            error(node, what + " must be a whole number, not '" + s + "'");
            return null;
        }
    }

    boolean bool(Node node, String what) {
        String s = string(node, what);
        if ("true".equals(s) || "yes".equals(s)) {
            return true;
        }
        if (!"false".equals(s) && !"no".equals(s)) {
            error(node, what + " must be true or false");
        }
        return false;
    }

    List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        error(node, what + " must be a list");
        return List.of();
    }

    List<String> strings(Node node, String what) {
        List<String> out = new ArrayList<>();
        if (node instanceof ScalarNode s) {
            out.add(s.getValue());
            return out;
        }
        for (Node n : sequence(node, what)) {
            String v = string(n, "an item of " + what);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    Map<String, String> stringMap(Node node, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        mapping(node, what, null).forEach((k, v) -> {
            String s = string(v, what + "." + k);
            if (s != null) {
                out.put(k, s);
            }
        });
        return out;
    }

    /** A text: a plain string (both languages) or {@code {ko: ..., en: ...}}; a missing language is warned about. */
    Text text(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return Text.of(s.getValue());
        }
        Map<String, Node> m = mapping(node, what, Set.of("ko", "en"));
        String ko = m.containsKey("ko") ? string(m.get("ko"), what + ".ko") : null;
        String en = m.containsKey("en") ? string(m.get("en"), what + ".en") : null;
        if (ko == null && en == null) {
            error(node, what + " needs ko or en");
        } else if (ko == null || en == null) {
            warn(node, what + " has no " + (ko == null ? "Korean (ko)" : "English (en)") + " text; the other language is shown instead");
        }
        return new Text(ko, en);
    }
}
