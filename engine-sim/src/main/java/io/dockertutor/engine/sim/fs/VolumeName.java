package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import java.util.regex.Pattern;

/** The local volume driver's name rules, with the daemon's error texts ({@code create x: volume name is too short...}). */
final class VolumeName {
    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

    private VolumeName() {
    }

    static void validate(String name) {
        if (name.length() == 1) {
            throw EngineException.badRequest("create " + name
                    + ": volume name is too short, names should be at least two alphanumeric characters");
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw EngineException.badRequest("create " + name + ": \"" + name + "\" includes invalid characters for a"
                    + " local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a"
                    + " host directory, use absolute path");
        }
    }
}
