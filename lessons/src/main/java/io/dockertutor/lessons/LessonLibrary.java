package io.dockertutor.lessons;

import io.dockertutor.lessons.lint.LintWarning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A set of lessons in order: the bundled ones (listed in {@code lessons/index.txt} inside the jar), or every
 * {@code *.yaml} of a teacher's directory, sorted by file name. Loading checks what concerns several lessons at
 * once: duplicate ids, {@code requires} naming unknown lessons, and {@code requires} cycles.
 *
 * <pre>{@code
 * LessonLibrary library = LessonLibrary.bundled();
 * if (!library.errors().isEmpty()) { ... }
 * }</pre>
 */
public final class LessonLibrary {
    /** How many lessons, first in order, may show their solution commands in their texts. */
    static final int INTRODUCTORY = 2;

    private final List<Lesson> lessons;
    private final List<LessonProblem> problems;
    private final List<LintWarning> lint;

    private LessonLibrary(List<Lesson> lessons, List<LessonProblem> problems, List<LintWarning> lint) {
        this.lessons = List.copyOf(lessons);
        this.problems = List.copyOf(problems);
        this.lint = List.copyOf(lint);
    }

    public static LessonLibrary bundled() {
        List<String[]> sources = new ArrayList<>();
        try (InputStream index = LessonLibrary.class.getResourceAsStream("/lessons/index.txt")) {
            if (index == null) {
                return new LessonLibrary(List.of(), List.of(), List.of());
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = LessonLibrary.class.getResourceAsStream("/lessons/" + name)) {
                    sources.add(new String[] {"lessons/" + name, in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(sources);
    }

    /**
     * Every {@code *.yaml} (and {@code *.yml}) of a directory, or one file. A file too large, not UTF-8 or not
     * readable is one problem of the library; a path that does not exist is a {@link java.nio.file.NoSuchFileException}.
     */
    public static LessonLibrary load(Path dirOrFile) throws IOException {
        if (!Files.exists(dirOrFile)) {
            throw new java.nio.file.NoSuchFileException(dirOrFile.toString());
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dirOrFile)) {
            try (Stream<Path> s = Files.list(dirOrFile)) {
                s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
            }
        } else {
            files.add(dirOrFile);
        }
        List<String[]> sources = new ArrayList<>();
        List<LessonProblem> unreadable = new ArrayList<>();
        for (Path p : files) {
            String text = LessonFileText.read(p, unreadable);
            if (text != null) {
                sources.add(new String[] {p.toString(), text});
            }
        }
        LessonLibrary library = of(sources);
        if (unreadable.isEmpty()) {
            return library;
        }
        List<LessonProblem> problems = new ArrayList<>(unreadable);
        problems.addAll(library.problems);
        return new LessonLibrary(library.lessons, problems, library.lint);
    }

    /** (name, YAML text) pairs; a null text is a file that could not be found. */
    static LessonLibrary of(List<String[]> sources) {
        List<Lesson> lessons = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        List<LintWarning> lint = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        // Each file is read on its own (in parallel: parsing and lint are most of a validation's start), then the
        // results are taken in index order.
        List<LessonReader.Result> read = java.util.stream.IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> sources.get(i)[1] == null ? null
                        // The first two lessons show their commands on purpose: copying them is how a beginner starts.
                        : new LessonReader().read(sources.get(i)[1], sources.get(i)[0], i < INTRODUCTORY))
                .toList();
        for (int position = 0; position < sources.size(); position++) {
            String[] source = sources.get(position);
            if (source[1] == null) {
                problems.add(new LessonProblem(source[0], 1, 1, "listed in the index but not found", false));
                continue;
            }
            LessonReader.Result r = read.get(position);
            problems.addAll(r.problems());
            if (r.ok()) {
                String before = seen.put(r.lesson().id(), source[0]);
                if (before != null) {
                    problems.add(new LessonProblem(source[0], 1, 1, "duplicate lesson id '" + r.lesson().id() + "' (also in " + before + ")", false));
                } else {
                    lessons.add(r.lesson());
                    lint.addAll(r.lint());
                }
            }
        }
        checkRequires(lessons, problems);
        return new LessonLibrary(lessons, problems, lint);
    }

    private static void checkRequires(List<Lesson> lessons, List<LessonProblem> problems) {
        Map<String, Lesson> byId = LessonReader.byId(lessons);
        for (Lesson l : lessons) {
            for (String r : l.requires()) {
                if (!byId.containsKey(r)) {
                    problems.add(new LessonProblem(l.source(), 1, 1, "requires unknown lesson '" + r + "'", false));
                }
            }
            if (cycle(l.id(), byId, new HashSet<>(), new HashSet<>())) {
                problems.add(new LessonProblem(l.source(), 1, 1, "requires forms a cycle through '" + l.id() + "'", false));
            }
        }
    }

    private static boolean cycle(String id, Map<String, Lesson> byId, Set<String> path, Set<String> done) {
        if (path.contains(id)) {
            return true;
        }
        if (done.contains(id) || !byId.containsKey(id)) {
            return false;
        }
        path.add(id);
        for (String r : byId.get(id).requires()) {
            if (cycle(r, byId, path, done)) {
                return true;
            }
        }
        path.remove(id);
        done.add(id);
        return false;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public List<LessonProblem> problems() {
        return problems;
    }

    /**
     * What makes the loaded lessons teach worse, in file order ({@link LintWarning}); not problems: a lesson with
     * lint warnings loads, plays and validates.
     */
    public List<LintWarning> lint() {
        return lint;
    }

    public List<LessonProblem> errors() {
        return problems.stream().filter(p -> !p.warning()).toList();
    }

    public java.util.Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
