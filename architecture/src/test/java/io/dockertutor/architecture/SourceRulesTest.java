package io.dockertutor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer relies on when reading the main sources: files small enough to read at once, a class name that
 * means one thing in the whole project, and a {@code package-info.java} saying what each package is for.
 */
class SourceRulesTest {
    static final int MAX_LINES = 400;

    private static List<Path> mainJavaFiles() {
        return ProjectModules.ALL.stream().map(ProjectModules::mainSources).flatMap(dir -> {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyMainFileFitsInFourHundredLines() {
        List<String> tooLong = mainJavaFiles().stream().filter(f -> lines(f) > MAX_LINES)
                .map(f -> f + " (" + lines(f) + " lines)").toList();
        assertThat(tooLong).as("main files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void everyClassNameIsUsedOnceInTheProject() {
        Map<String, List<String>> byName = mainJavaFiles().stream()
                .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                .collect(Collectors.groupingBy(f -> f.getFileName().toString(), TreeMap::new,
                        Collectors.mapping(Path::toString, Collectors.toList())));
        byName.values().removeIf(paths -> paths.size() == 1);
        assertThat(byName).as("class names used by more than one main file").isEmpty();
    }

    @Test
    void everyMainPackageSaysWhatItIsFor() {
        List<Path> undocumented = mainJavaFiles().stream().map(Path::getParent).distinct()
                .filter(dir -> !Files.isRegularFile(dir.resolve("package-info.java"))).toList();
        assertThat(undocumented).as("main packages without package-info.java").isEmpty();
    }

    @Test
    void theRulesSeeEveryModule() {
        assertThat(mainJavaFiles()).hasSizeGreaterThan(300);
        for (ProjectModules m : ProjectModules.ALL) {
            assertThat(m.mainSources()).as(m.name()).isDirectory();
        }
    }
}
