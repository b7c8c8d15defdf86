package io.dockertutor.engine.sim.fs;

import java.util.List;

/**
 * What a container knows of itself for the programs run inside it: {@code hostname}, the user ({@code -u}: a name,
 * a uid, {@code uid:gid}, or empty for root), the environment ({@code KEY=value}, image ENV then {@code -e}) and
 * the working directory (empty for {@code /}).
 */
public record Identity(String hostname, String user, List<String> env, String workingDir) {
    public Identity {
        hostname = hostname == null ? "" : hostname;
        user = user == null ? "" : user;
        env = env == null ? List.of() : List.copyOf(env);
        workingDir = workingDir == null || workingDir.isEmpty() ? "/" : workingDir;
    }
}
