package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.MountSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The daemon's checks of a mount's configuration ({@code validateMountConfig}), shared by {@code -v} and
 * {@code --mount}, with its texts: {@code invalid mount config for type "bind": bind source path does not exist: /x}.
 */
final class MountRules {
    private MountRules() {
    }

    /** What is wrong with a mount target, or null. */
    static String targetProblem(String target) {
        if (!target.startsWith("/")) {
            return "invalid mount path: '" + target + "' mount path must be absolute";
        }
        if (target.replaceAll("/+", "/").equals("/")) {
            return "invalid specification: destination can't be '/'";
        }
        return null;
    }

    static String configError(Mount.Type type, String problem) {
        return "invalid mount config for type \"" + type.name().toLowerCase(Locale.ROOT) + "\": " + problem;
    }

    /**
     * Checks a {@code --mount} as the daemon does; {@code hostPath} is the bind source on the real disk (unlike
     * {@code -v}, a missing source is an error). Answers the mount's type.
     */
    static Mount.Type check(MountSpec spec, Path hostPath) {
        Mount.Type type = switch (spec.type()) {
            case "bind" -> Mount.Type.BIND;
            case "volume" -> Mount.Type.VOLUME;
            case "tmpfs" -> Mount.Type.TMPFS;
            default -> throw EngineException.badRequest("invalid mount config for type \"" + spec.type() + "\": mount type unknown");
        };
        String problem = targetProblem(spec.target());
        if (problem == null && type == Mount.Type.BIND) {
            if (spec.source().isEmpty()) {
                problem = "field Source must not be empty";
            } else if (!spec.source().startsWith("/")) {
                problem = "invalid mount path: '" + spec.source() + "' mount path must be absolute";
            } else if (hostPath == null || !Files.exists(hostPath)) {
                problem = "bind source path does not exist: " + spec.source();
            }
        }
        if (problem == null && type == Mount.Type.TMPFS && !spec.source().isEmpty()) {
            problem = "field Source must not be specified";
        }
        if (problem != null) {
            throw EngineException.badRequest(configError(type, problem));
        }
        return type;
    }
}
