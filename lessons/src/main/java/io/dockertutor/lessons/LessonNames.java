package io.dockertutor.lessons;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Ownership;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container and network names a lesson gives ({@code docker run --name web}, {@code docker network create net}
 * in its setup, solutions and wrong attempts), and which of them the learner's own objects on a shared real engine
 * already have. A lesson with such a clash does not start: its {@code docker run --name web} would fail, or act on
 * the learner's {@code web}. Volumes never clash: a lesson's volume named like the learner's is the session's own
 * ({@link Ownership#lessonScope}).
 *
 * <pre>{@code
 * List<String> clashes = LessonNames.clashes(lesson, engine);   // ["container web"]
 * }</pre>
 */
public final class LessonNames {
    private static final Pattern CONTAINER = Pattern.compile(
            "\\bdocker\\s+(?:container\\s+)?(?:run|create)\\b[^|;&]*?\\s--name(?:=|\\s+)([A-Za-z0-9][A-Za-z0-9_.-]*)");
    private static final Pattern NETWORK = Pattern.compile(
            "\\bdocker\\s+network\\s+create\\b(?:\\s+-{1,2}[A-Za-z-]+(?:=\\S+|\\s+\\S+)?)*\\s+([A-Za-z0-9][A-Za-z0-9_.-]*)\\s*$");

    private LessonNames() {
    }

    /** The lesson's names, each as {@code container NAME} or {@code network NAME}, in the order they first appear. */
    public static List<String> of(Lesson lesson) {
        Set<String> out = new LinkedHashSet<>();
        List<String> commands = new ArrayList<>(lesson.setup());
        for (Step s : lesson.steps()) {
            commands.addAll(s.solution());
            s.wrong().forEach(w -> commands.addAll(w.commands()));
        }
        for (String c : commands) {
            Matcher m = CONTAINER.matcher(c);
            while (m.find()) {
                out.add("container " + m.group(1));
            }
            Matcher n = NETWORK.matcher(c.strip());
            if (n.find()) {
                out.add("network " + n.group(1));
            }
        }
        return List.copyOf(out);
    }

    /** The lesson's names that objects on {@code engine} not made by this session already have. */
    public static List<String> clashes(Lesson lesson, Engine engine) {
        Ownership own = engine.ownership();
        if (own == null || own == Ownership.EVERYTHING) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String named : of(lesson)) {
            String name = named.substring(named.indexOf(' ') + 1);
            boolean container = named.startsWith("container ");
            try {
                if (container) {
                    engine.inspectContainer(name, false);
                } else {
                    engine.inspectNetwork(name);
                }
            } catch (EngineException e) {
                continue; // nobody has it
            }
            if (!(container ? own.ownsContainer(name) : own.ownsNetwork(name))) {
                out.add(named);
            }
        }
        return out;
    }
}
