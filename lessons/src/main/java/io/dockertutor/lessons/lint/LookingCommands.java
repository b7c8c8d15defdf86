package io.dockertutor.lessons.lint;

import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.cli.grammar.UsageError;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether a solution only looks: every command a docker command that reads and changes nothing ({@code docker
 * version}, {@code docker search}, {@code docker ps}, {@code docker inspect}...). After such a solution there is no
 * state to check, so the lint accepts a step checked by what was typed or printed ({@code ran:}, {@code output:}).
 */
public final class LookingCommands {
    private static final Set<String> LOOKING = Set.of("version", "info", "system info", "search", "images", "image ls",
            "image list", "ps", "container ls", "container list", "inspect", "image inspect", "container inspect",
            "logs", "container logs", "history", "image history", "top", "container top", "diff", "container diff",
            "port", "container port", "volume ls", "volume list", "volume inspect", "network ls", "network list",
            "network inspect", "system df");

    private LookingCommands() {
    }

    /** Whether every one of {@code solution}'s commands is a plain docker command that only reads. */
    public static boolean only(List<String> solution) {
        return !solution.isEmpty() && solution.stream().allMatch(LookingCommands::looks);
    }

    private static boolean looks(String command) {
        String c = command.startsWith("!") ? command.substring(1).strip() : command.strip();
        if (!c.startsWith("docker ") || c.contains("$(") || c.contains("`") || c.contains(">") || c.contains("|")
                || c.contains(";") || c.contains("&")) {
            return false;
        }
        List<String> words = Arrays.asList(c.substring(7).trim().split("\\s+"));
        try {
            return LOOKING.contains(DockerGrammar.get().parse(words).command().path());
        } catch (UsageError e) {
            return false;
        }
    }
}
