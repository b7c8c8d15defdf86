package io.dockertutor.shell.progress;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Progress as YAML text and back. YAML because a learner or teacher may open the file; the reader is strict about
 * types (a damaged file is told apart from a valid one) and lenient about unknown keys (a newer version's file
 * still reads).
 */
final class ProgressCodec {
    static final int FORMAT = 1;

    private ProgressCodec() {
    }

    /** Thrown when a text is not a progress file this version understands. */
    static final class FormatException extends Exception {
        FormatException(String message) {
            super(message, null, false, false);
        }
    }

    static String write(Progress p) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("welcomed", p.welcomed);
        root.put("current", p.current);
        Map<String, Object> lessons = new LinkedHashMap<>();
        p.lessons.forEach((id, l) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("done", l.done);
            m.put("step", l.step);
            m.put("seconds", l.seconds);
            Map<String, Object> steps = new LinkedHashMap<>();
            l.steps.forEach((sid, s) -> {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("done", s.done);
                sm.put("skipped", s.skipped);
                sm.put("hints", s.hints);
                sm.put("solution", s.solution.name().toLowerCase(Locale.ROOT));
                sm.put("attempts", s.attempts);
                steps.put(sid, sm);
            });
            m.put("steps", steps);
            lessons.put(id, m);
        });
        root.put("lessons", lessons);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return "# docker-tutor progress; move it between machines with `progress export FILE` and `progress import FILE`\n"
                + new Yaml(new Representer(options), options).dump(root);
    }

    static Progress read(String text) throws FormatException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new FormatException("not YAML: " + e.getMessage());
        }
        Map<?, ?> root = map(loaded, "the file");
        if (!(root.get("format") instanceof Integer f) || f != FORMAT) {
            throw new FormatException("unknown format " + root.get("format"));
        }
        Progress p = new Progress();
        p.welcomed = bool(root.get("welcomed"), "welcomed");
        Object current = root.get("current");
        if (current != null && !(current instanceof String)) {
            throw new FormatException("current is not a lesson id");
        }
        p.current = (String) current;
        for (Map.Entry<?, ?> e : map(root.get("lessons") == null ? Map.of() : root.get("lessons"), "lessons").entrySet()) {
            Map<?, ?> m = map(e.getValue(), "lesson " + e.getKey());
            LessonProgress l = p.lesson(String.valueOf(e.getKey()));
            l.done = bool(m.get("done"), "done");
            l.step = (int) number(m.get("step"), "step");
            l.seconds = number(m.get("seconds"), "seconds");
            for (Map.Entry<?, ?> se : map(m.get("steps") == null ? Map.of() : m.get("steps"), "steps").entrySet()) {
                Map<?, ?> sm = map(se.getValue(), "step " + se.getKey());
                StepProgress s = l.step(String.valueOf(se.getKey()));
                s.done = bool(sm.get("done"), "done");
                s.skipped = bool(sm.get("skipped"), "skipped");
                s.hints = (int) number(sm.get("hints"), "hints");
                s.attempts = (int) number(sm.get("attempts"), "attempts");
                try {
                    s.solution = StepProgress.Solution.valueOf(String.valueOf(sm.get("solution")).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw new FormatException("solution is " + sm.get("solution"));
                }
            }
        }
        return p;
    }

    private static Map<?, ?> map(Object o, String what) throws FormatException {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new FormatException(what + " is not a mapping");
    }

    private static boolean bool(Object o, String what) throws FormatException {
        if (o == null) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        throw new FormatException(what + " is not true or false");
    }

    private static long number(Object o, String what) throws FormatException {
        if (o == null) {
            return 0;
        }
        if (o instanceof Number n && n.longValue() >= 0) {
            return n.longValue();
        }
        throw new FormatException(what + " is not a count");
    }
}
