package io.dockertutor.lessons;

import io.dockertutor.checker.Assertion;
import io.dockertutor.checker.Text;
import io.dockertutor.lessons.lint.LintWarning;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one lesson file into a {@link Lesson}, collecting every problem with its place in the file. A lesson
 * with errors is not returned; warnings (a missing language, a step without hints) go to the linter.
 */
public final class LessonReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "summary", "requires", "images", "files", "setup",
            "steps", "cleanup");
    private static final Set<String> STEP_KEYS = Set.of("id", "text", "hints", "solution", "wrong", "check", "needs",
            "equivalent", "challenge");

    /**
     * The lesson and what the reader found wrong with it; the lesson is null when there were errors. {@code lint}
     * holds what makes a readable lesson teach worse ({@link StepLint}).
     */
    public record Result(Lesson lesson, List<LessonProblem> problems, List<LintWarning> lint) {
        public Result {
            problems = List.copyOf(problems);
            lint = List.copyOf(lint);
        }

        public Result(Lesson lesson, List<LessonProblem> problems) {
            this(lesson, problems, List.of());
        }

        public boolean ok() {
            return lesson != null;
        }
    }

    /** Reads a lesson and lints it as any lesson past the first two. */
    public Result read(String yamlText, String file) {
        return read(yamlText, file, false);
    }

    /**
     * @param textMayShowSolutions true for the first lessons of a library (the index file's order), whose texts
     *                             show the commands on purpose: the lint does not report solutions in their text
     */
    public Result read(String yamlText, String file, boolean textMayShowSolutions) {
        List<LessonProblem> problems = new ArrayList<>();
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            problems.add(new LessonProblem(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "YAML: " + e.getProblem(), false));
            return new Result(null, problems);
        } catch (RuntimeException e) {
            problems.add(new LessonProblem(file, 1, 1, "YAML: " + e.getMessage(), false));
            return new Result(null, problems);
        }
        if (root == null) {
            problems.add(new LessonProblem(file, 1, 1, "the file is empty", false));
            return new Result(null, problems);
        }
        Yaml yaml = new Yaml(file, problems);
        List<LintWarning> lint = new ArrayList<>();
        StepLint stepLint = new StepLint(file, new SourcePlaces(yamlText), textMayShowSolutions, lint);
        Map<String, Node> m = yaml.mapping(root, "a lesson", LESSON_KEYS);
        String id = required(yaml, m, "id", root);
        if (id != null && !ID.matcher(id).matches()) {
            yaml.error(m.get("id"), "a lesson id is made of a-z, 0-9 and -, not '" + id + "'");
        }
        Text title = m.containsKey("title") ? yaml.text(m.get("title"), "title") : null;
        if (title == null) {
            yaml.error(root, "a lesson needs a title");
        }
        Text summary = m.containsKey("summary") ? yaml.text(m.get("summary"), "summary") : null;
        Map<String, String> files = m.containsKey("files") ? yaml.stringMap(m.get("files"), "files") : Map.of();
        for (String path : files.keySet()) {
            if (path.startsWith("/") || path.contains("..")) {
                yaml.error(m.get("files"), "file '" + path + "' must be a relative path inside the workspace");
            }
        }
        List<Step> steps = new ArrayList<>();
        if (!m.containsKey("steps")) {
            yaml.error(root, "a lesson needs steps");
        } else {
            Set<String> stepIds = new java.util.HashSet<>();
            for (Node n : yaml.sequence(m.get("steps"), "steps")) {
                Step s = step(yaml, n, stepLint);
                if (s != null && !stepIds.add(s.id())) {
                    yaml.error(n, "duplicate step id '" + s.id() + "'");
                }
                if (s != null) {
                    steps.add(s);
                }
            }
        }
        emptyFileNames(yaml, m.get("files"));
        boolean errors = problems.stream().anyMatch(p -> !p.warning());
        Lesson lesson = errors ? null : new Lesson(id, title, summary, list(yaml, m, "requires"), list(yaml, m, "images"),
                files, list(yaml, m, "setup"), steps, list(yaml, m, "cleanup"), file);
        return new Result(lesson, problems, errors ? List.of() : lint);
    }

    /** A {@code files:} entry with no name would be written over the workspace directory itself. */
    private static void emptyFileNames(Yaml yaml, Node files) {
        if (files instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            for (var entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().isBlank()) {
                    yaml.error(key, "a file in files: needs a name (this one has none)");
                }
            }
        }
    }

    private static List<String> list(Yaml yaml, Map<String, Node> m, String key) {
        return m.containsKey(key) ? yaml.strings(m.get(key), key) : List.of();
    }

    private static String required(Yaml yaml, Map<String, Node> m, String key, Node at) {
        if (!m.containsKey(key)) {
            yaml.error(at, "a lesson needs an " + key);
            return null;
        }
        return yaml.string(m.get(key), key);
    }

    private Step step(Yaml yaml, Node node, StepLint lint) {
        Map<String, Node> m = yaml.mapping(node, "a step", STEP_KEYS);
        String id = m.containsKey("id") ? yaml.string(m.get("id"), "step id") : null;
        if (id == null) {
            yaml.error(node, "a step needs an id");
            return null;
        }
        Text text = m.containsKey("text") ? yaml.text(m.get("text"), "text") : null;
        if (text == null) {
            yaml.error(node, "step '" + id + "' needs a text");
        }
        List<Text> hints = new ArrayList<>();
        if (m.containsKey("hints")) {
            for (Node h : yaml.sequence(m.get("hints"), "hints")) {
                hints.add(yaml.text(h, "a hint"));
            }
        }
        if (hints.isEmpty()) {
            yaml.warn(node, "step '" + id + "' has no hints");
        }
        List<String> solution = m.containsKey("solution") ? yaml.strings(m.get("solution"), "solution") : List.of();
        if (solution.isEmpty()) {
            yaml.warn(node, "step '" + id + "' has no solution");
        }
        AssertionReader assertions = new AssertionReader(yaml);
        List<Step.WrongAttempt> wrong = new ArrayList<>();
        if (m.containsKey("wrong")) {
            for (Node w : yaml.sequence(m.get("wrong"), "wrong")) {
                wrong.add(wrongAttempt(yaml, w, assertions, id));
            }
        }
        List<Assertion> check = new ArrayList<>();
        if (!m.containsKey("check")) {
            yaml.error(node, "step '" + id + "' needs a check");
        } else {
            for (Node c : yaml.sequence(m.get("check"), "check")) {
                Assertion a = assertions.read(c);
                if (a != null) {
                    check.add(a);
                }
            }
        }
        List<Step.Equivalent> equivalent = new ArrayList<>();
        if (m.containsKey("equivalent")) {
            for (Node e : yaml.sequence(m.get("equivalent"), "equivalent")) {
                equivalent(yaml, e, id).ifPresent(equivalent::add);
            }
        }
        Step step = new Step(id, text, hints, solution, wrong, check, m.containsKey("needs") ? yaml.strings(m.get("needs"), "needs") : List.of(),
                Yaml.line(node), equivalent, m.containsKey("challenge") && yaml.bool(m.get("challenge"), "challenge"));
        lint.check(step, node, m);
        NearMiss.madeOnTheWay(step).ifPresent(w -> yaml.error(m.get("wrong"), "step '" + id + "': the wrong attempt "
                + w.commands() + " is made on the way to the solution, so a learner typing the solution would be told"
                + " it is wrong; a wrong attempt must end somewhere the solution does not pass through"));
        return step;
    }

    /** {@code - [cmd, ...]}, {@code - cmd}, or {@code - {commands: [...], hint: {ko, en}, when: [assertions]}}. */
    private static Step.WrongAttempt wrongAttempt(Yaml yaml, Node node, AssertionReader assertions, String step) {
        if (node instanceof ScalarNode || node instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            return new Step.WrongAttempt(yaml.strings(node, "a wrong attempt"), null);
        }
        Map<String, Node> m = yaml.mapping(node, "a wrong attempt", Set.of("commands", "hint", "when"));
        List<Assertion> when = new ArrayList<>();
        if (m.containsKey("when")) {
            for (Node c : yaml.sequence(m.get("when"), "when")) {
                Assertion a = assertions.read(c);
                if (a != null) {
                    when.add(a);
                }
            }
            if (!m.containsKey("hint") || !m.containsKey("commands")) {
                yaml.error(node, "step '" + step + "': a wrong attempt with when: needs its commands (to prove the state) and a hint");
            }
        }
        return new Step.WrongAttempt(m.containsKey("commands") ? yaml.strings(m.get("commands"), "commands") : List.of(),
                m.containsKey("hint") ? yaml.text(m.get("hint"), "hint") : null, when);
    }

    /** {@code - {command: cmd, reason: {ko, en}}} or {@code - {commands: [...], reason: ...}}: a mutant that does the same. */
    private static java.util.Optional<Step.Equivalent> equivalent(Yaml yaml, Node node, String step) {
        Map<String, Node> m = yaml.mapping(node, "an equivalent mutant", Set.of("command", "commands", "reason"));
        if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
            return java.util.Optional.empty();
        }
        List<String> commands = null;
        if (m.containsKey("command") && m.containsKey("commands")) {
            yaml.error(node, "step '" + step + "': an equivalent mutant has command or commands, not both");
        } else if (m.containsKey("command")) {
            String c = yaml.string(m.get("command"), "command");
            commands = c == null ? null : List.of(c);
        } else if (m.containsKey("commands")) {
            commands = yaml.strings(m.get("commands"), "commands");
        } else {
            yaml.error(node, "step '" + step + "': an equivalent mutant needs its command (or commands)");
        }
        if (commands != null && commands.isEmpty()) {
            yaml.error(m.get("commands"), "step '" + step + "': an equivalent mutant needs at least one command");
            commands = null;
        }
        Text reason = m.containsKey("reason") ? yaml.text(m.get("reason"), "reason") : null;
        if (reason == null) {
            yaml.error(node, "step '" + step + "': an equivalent mutant needs a reason: why it truly does the same as the solution");
        }
        return commands == null || reason == null ? java.util.Optional.empty() : java.util.Optional.of(new Step.Equivalent(commands, reason));
    }

    static Map<String, Lesson> byId(List<Lesson> lessons) {
        Map<String, Lesson> out = new LinkedHashMap<>();
        lessons.forEach(l -> out.put(l.id(), l));
        return out;
    }
}
