package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineVersion;
import io.dockertutor.engine.Ownership;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tutor tells a learner about a real engine it shares with them: the banner when a session starts on it
 * (where it is, which version, how many of the learner's own objects are already there) and the count of the
 * tutor's objects removed when a session ends. The simulated engine holds nothing but the tutor's objects and gets
 * neither.
 */
final class EngineNotices {
    /** {@code docker (unix:///var/run/docker.sock)}: the engine's kind, then where it is. */
    private static final Pattern DESCRIBED = Pattern.compile("\\S+ \\((.+)\\)");
    private static final List<String> KINDS = List.of("container", "image", "volume", "network");

    private EngineNotices() {
    }

    /** True for an engine that holds objects the tutor did not make (a real one), false for the simulated one. */
    static boolean shared(Engine engine) {
        return engine.ownership() != Ownership.EVERYTHING;
    }

    /** The start banner: the engine, its version, and the learner's own objects the tutor will leave alone. */
    static String banner(Engine engine, TutorMessages m) {
        Matcher where = DESCRIBED.matcher(engine.describe());
        EngineVersion v = engine.version();
        String head = m.get("engine.banner", where.matches() ? where.group(1) : engine.describe(), v.version(), v.apiVersion());
        Ownership.Foreign foreign = engine.ownership().foreign();
        if (foreign.total() == 0) {
            return head + " " + m.get("engine.foreignNone");
        }
        String counts = String.join(", ", m.get("count.container", foreign.containers().size()),
                m.get("count.image", foreign.images().size()), m.get("count.volume", foreign.volumes().size()),
                m.get("count.network", foreign.networks().size()));
        return head + " " + m.get("engine.foreign", counts);
    }

    /** One line naming how many of each kind a clean-up removed ({@code kind name} each), or null when none. */
    static String cleanedUp(List<String> removed, TutorMessages m) {
        List<String> counts = new ArrayList<>();
        for (String kind : KINDS) {
            long n = removed.stream().filter(r -> r.startsWith(kind + " ")).count();
            if (n > 0) {
                counts.add(m.get("count." + kind, n));
            }
        }
        return counts.isEmpty() ? null : m.get("engine.cleanedUp", String.join(", ", counts));
    }
}
