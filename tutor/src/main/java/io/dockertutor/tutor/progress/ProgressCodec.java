package io.dockertutor.tutor.progress;

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
 * Progress as YAML text and back: the progress file's text, and the text {@code docker-tutor serve} keeps in its
 * database. YAML because a learner or teacher may open the file; the reader is strict about types (a damaged file is
 * told apart from a valid one) and lenient about unknown keys (a newer version's file still reads).
 */
public final class ProgressCodec {
    static final int FORMAT = 1;
    private static final String HEADER =
            "# docker-tutor progress; move it between machines with `progress export FILE` and `progress import FILE`\n";

    private ProgressCodec() {
    }

    /** Thrown when a text is not a progress file this version understands. */
    public static final class FormatException extends Exception {
        FormatException(String message) {
            super(message, null, false, false);
        }
    }

    public static String write(Progress p) {
        // The very text snakeyaml writes (PlainProgressTextPropertyTest compares the two) without its emitter: 15 ms
        // of the tutor's start-up for a new learner's first save, and a tenth of a classroom server's processor.
        return PlainProgressText.of(p).map(text -> HEADER + text).orElseGet(() -> withSnakeYaml(p));
    }

    /** {@link #write}, always through snakeyaml. */
    static String withSnakeYaml(Progress p) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("welcomed", p.welcomed());
        root.put("current", p.current().orElse(null));
        Map<String, Object> lessons = new LinkedHashMap<>();
        p.lessons().forEach((id, l) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("done", l.done());
            m.put("step", l.stepIndex());
            m.put("seconds", l.seconds());
            Map<String, Object> steps = new LinkedHashMap<>();
            l.steps().forEach((sid, s) -> {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("done", s.done());
                sm.put("skipped", s.skipped());
                sm.put("hints", s.hints());
                sm.put("solution", s.solution().name().toLowerCase(Locale.ROOT));
                sm.put("attempts", s.attempts());
                steps.put(sid, sm);
            });
            m.put("steps", steps);
            lessons.put(id, m);
        });
        root.put("lessons", lessons);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return HEADER + new Yaml(new Representer(options), options).dump(root);
    }

    /**
     * What a text held: the progress that reads well, and each part that does not (a lesson, or the {@code welcomed}
     * or {@code current} field) by name with its raw value and why, so one bad field costs that part and no more.
     */
    record Decoded(Progress progress, Map<String, Object> badFields, Map<String, Object> badLessons,
                   Map<String, String> problems) {
        boolean whole() {
            return problems.isEmpty();
        }
    }

    /** Reads a whole file strictly: any unreadable part fails it (import, where nothing half-read should be kept). */
    public static Progress read(String text) throws FormatException {
        Decoded d = decode(text);
        if (!d.whole()) {
            throw new FormatException(String.join("; ", d.problems().values()));
        }
        return d.progress();
    }

    /** Reads what reads well; throws only when the text as a whole is not a progress file of this format. */
    static Decoded decode(String text) throws FormatException {
        Object loaded;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(ProgressFile.MAX_BYTES);
            loaded = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new FormatException("not YAML: " + e.getMessage());
        }
        Map<?, ?> root = map(loaded, "the file");
        if (!(root.get("format") instanceof Integer f) || f != FORMAT) {
            throw new FormatException("unknown format " + root.get("format"));
        }
        Object lessons = root.get("lessons") == null ? Map.of() : root.get("lessons");
        map(lessons, "lessons");
        boolean welcomed;
        String currentLesson = null;
        Map<String, LessonProgress> read = new LinkedHashMap<>();
        Map<String, Object> badFields = new LinkedHashMap<>();
        Map<String, Object> badLessons = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            welcomed = bool(root.get("welcomed"), "welcomed");
        } catch (FormatException e) {
            badFields.put("welcomed", root.get("welcomed"));
            problems.put("welcomed", e.getMessage());
            welcomed = true;
        }
        Object current = root.get("current");
        if (current != null && !(current instanceof String)) {
            badFields.put("current", current);
            problems.put("current", "current is not a lesson id");
        } else {
            currentLesson = (String) current;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) lessons).entrySet()) {
            String id = String.valueOf(e.getKey());
            try {
                read.put(id, lesson(e.getValue(), id));
            } catch (FormatException ex) {
                badLessons.put(id, e.getValue());
                problems.put(id, "lesson " + id + ": " + ex.getMessage());
            }
        }
        Progress p = new Progress(welcomed, currentLesson, read);
        return new Decoded(p, badFields, badLessons, problems);
    }

    private static LessonProgress lesson(Object value, String id) throws FormatException {
        Map<?, ?> m = map(value, "lesson " + id);
        boolean done = bool(m.get("done"), "done");
        int stepIndex = count(m.get("step"), "step");
        long seconds = number(m.get("seconds"), "seconds");
        Map<String, StepProgress> steps = new LinkedHashMap<>();
        for (Map.Entry<?, ?> se : map(m.get("steps") == null ? Map.of() : m.get("steps"), "steps").entrySet()) {
            steps.put(String.valueOf(se.getKey()), step(map(se.getValue(), "step " + se.getKey())));
        }
        return new LessonProgress(done, stepIndex, seconds, steps);
    }

    private static StepProgress step(Map<?, ?> m) throws FormatException {
        boolean done = bool(m.get("done"), "done");
        boolean skipped = bool(m.get("skipped"), "skipped");
        int hints = count(m.get("hints"), "hints");
        int attempts = count(m.get("attempts"), "attempts");
        try {
            Object solution = m.get("solution") == null ? "none" : m.get("solution");
            return new StepProgress(done, skipped, hints,
                    StepProgress.Solution.valueOf(String.valueOf(solution).toUpperCase(Locale.ROOT)), attempts);
        } catch (IllegalArgumentException ex) {
            throw new FormatException("solution is " + m.get("solution"));
        }
    }

    /** The parts that did not read, as YAML a person can open and repair by hand. */
    static String writeUnreadable(Decoded d) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringBuilder head = new StringBuilder("# docker-tutor: these parts of progress.yaml could not be read and were set aside.\n");
        d.problems().values().forEach(p -> head.append("# ").append(p.replace('\n', ' ')).append('\n'));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.putAll(d.badFields());
        root.put("lessons", new LinkedHashMap<>(d.badLessons()));
        return head + new Yaml(new Representer(options), options).dump(root);
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

    private static int count(Object o, String what) throws FormatException {
        long n = number(o, what);
        if (n > Integer.MAX_VALUE) {
            throw new FormatException(what + " is not a count");
        }
        return (int) n;
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
