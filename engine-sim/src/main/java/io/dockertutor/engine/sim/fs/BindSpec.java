package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import java.util.Map;
import java.util.Set;

/**
 * One {@code -v} value parsed as the daemon's Linux mount parser does ({@code SOURCE:TARGET[:MODE]} or
 * {@code TARGET}): a source starting with {@code /} is a bind, any other source names a volume (whose name the
 * volume store checks later), no source at all is an anonymous volume. Errors carry the daemon's texts:
 * {@code invalid volume specification: 'v:rel': invalid mount config for type "volume": invalid mount path: 'rel'
 * mount path must be absolute}, {@code invalid mode: bogus}.
 *
 * @param source      host path, volume name, or empty for an anonymous volume
 * @param mode        the mode as written ({@code ro}, {@code z,ro}), empty when none
 * @param propagation for binds, {@code rprivate} unless the mode names another
 */
public record BindSpec(Mount.Type type, String source, String target, String mode, boolean readOnly,
                       String propagation, boolean noCopy) {

    private static final Set<String> RW = Set.of("rw", "ro");
    private static final Set<String> LABEL = Set.of("z", "Z");
    private static final Set<String> PROPAGATION = Set.of("private", "rprivate", "shared", "rshared", "slave", "rslave");
    private static final Set<String> COPY = Set.of("nocopy");
    private static final Set<String> CONSISTENCY = Set.of("consistent", "cached", "delegated");

    public static BindSpec parse(String raw) {
        if (raw.chars().filter(c -> c == ':').count() > 2 || raw.startsWith(":")) {
            throw invalidSpec(raw);
        }
        String[] arr = raw.split(":", 3);
        String source = "";
        String target;
        String mode = "";
        if (arr.length == 1) {
            target = arr[0];
        } else if (arr.length == 2) {
            if (validMode(arr[1])) {
                throw invalidSpec(raw); // a destination with a mode: volumes cannot carry one (e.g. /foo:rw)
            }
            source = arr[0];
            target = arr[1];
        } else {
            source = arr[0];
            target = arr[1];
            mode = arr[2];
        }
        if (!validMode(mode)) {
            throw EngineException.badRequest("invalid mode: " + mode);
        }
        Mount.Type type = source.startsWith("/") ? Mount.Type.BIND : Mount.Type.VOLUME;
        String propagation = type == Mount.Type.BIND ? "rprivate" : "";
        boolean noCopy = false;
        boolean readOnly = false;
        for (String option : mode.split(",")) {
            readOnly |= option.equals("ro");
            noCopy |= option.equals("nocopy");
            if (PROPAGATION.contains(option)) {
                if (type == Mount.Type.VOLUME) {
                    throw invalidConfig(raw, type, "field BindOptions must not be specified");
                }
                propagation = option;
            }
        }
        String problem = MountRules.targetProblem(target);
        if (problem != null) {
            throw invalidConfig(raw, type, problem);
        }
        return new BindSpec(type, source, target, mode, readOnly, propagation, noCopy);
    }

    /** The daemon's {@code ValidMountMode}: comma-separated options, at most one of each family. */
    static boolean validMode(String mode) {
        if (mode.isEmpty()) {
            return true;
        }
        Map<Set<String>, Integer> counts = new java.util.HashMap<>();
        for (String option : mode.split(",", -1)) {
            Set<String> family = java.util.stream.Stream.of(RW, LABEL, PROPAGATION, COPY, CONSISTENCY)
                    .filter(f -> f.contains(option)).findFirst().orElse(null);
            if (family == null || counts.merge(family, 1, Integer::sum) > 1) {
                return false;
            }
        }
        return true;
    }

    private static EngineException invalidSpec(String raw) {
        return EngineException.badRequest("invalid volume specification: '" + raw + "'");
    }

    private static EngineException invalidConfig(String raw, Mount.Type type, String problem) {
        return EngineException.badRequest("invalid volume specification: '" + raw + "': "
                + MountRules.configError(type, problem));
    }
}
