package io.dockertutor.architecture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's modules, bottom up: each with the packages it owns and the modules it may use. This table is the
 * architecture drawn in the README ("How it is built"); {@link LayeringRules} turns it into ArchUnit rules.
 * A package written without {@code ..} is that package alone ({@code io.dockertutor.engine} is the engine API,
 * its subpackages belong to the engines).
 */
record ProjectModules(String name, List<String> packages, List<String> uses) {
    static final Path ROOT = Path.of("..");

    static final List<ProjectModules> ALL = List.of(
            new ProjectModules("engine-api", List.of("io.dockertutor.engine"), List.of()),
            new ProjectModules("gotext", List.of("io.dockertutor.gotext.."), List.of()),
            new ProjectModules("sh", List.of("io.dockertutor.sh..", "io.dockertutor.hostfs.."), List.of("engine-api")),
            new ProjectModules("engine-sim", List.of("io.dockertutor.engine.sim.."), List.of("engine-api", "sh")),
            new ProjectModules("engine-docker", List.of("io.dockertutor.engine.docker.."), List.of("engine-api")),
            new ProjectModules("docker-cli", List.of("io.dockertutor.cli.."), List.of("engine-api", "sh", "gotext")),
            new ProjectModules("checker", List.of("io.dockertutor.checker.."), List.of("engine-api")),
            new ProjectModules("lessons", List.of("io.dockertutor.lessons.."),
                    List.of("engine-api", "sh", "gotext", "docker-cli", "checker")),
            new ProjectModules("tutor", List.of("io.dockertutor.tutor.."),
                    List.of("engine-api", "sh", "gotext", "engine-sim", "engine-docker", "docker-cli", "checker", "lessons")),
            new ProjectModules("bench", List.of("io.dockertutor.bench.."),
                    List.of("engine-api", "sh", "gotext", "engine-sim", "docker-cli", "checker", "lessons", "tutor")),
            new ProjectModules("serve", List.of("io.dockertutor.serve.."),
                    List.of("engine-api", "sh", "gotext", "engine-sim", "docker-cli", "checker", "lessons", "tutor")));

    /** The module's compiled main classes; a module not built yet is an error that says so. */
    Path classes() {
        Path dir = ROOT.resolve(name).resolve("target/classes");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing: build every module first (mvn verify from the top)");
        }
        return dir;
    }

    Path mainSources() {
        return ROOT.resolve(name).resolve("src/main/java");
    }
}
