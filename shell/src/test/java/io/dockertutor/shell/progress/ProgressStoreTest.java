package io.dockertutor.shell.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressStoreTest {
    @TempDir
    Path dir;

    private static Progress sample() {
        Progress p = new Progress();
        p.welcomed = true;
        p.current = "ports";
        LessonProgress l = p.lesson("ports");
        l.step = 2;
        l.seconds = 95;
        StepProgress s = l.step("publish");
        s.done = true;
        s.hints = 2;
        s.attempts = 4;
        s.solution(StepProgress.Solution.SHOWN);
        p.lesson("basics").done = true;
        return p;
    }

    @Test
    void whatIsSavedIsWhatIsLoaded() throws Exception {
        ProgressStore store = new ProgressStore(dir);
        store.save(sample());
        ProgressStore.Loaded loaded = store.load();
        assertThat(loaded.progress()).isEqualTo(sample());
        assertThat(loaded.setAside()).isNull();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("progress.yaml");
        }
    }

    @Test
    void noFileIsAFirstRun() throws Exception {
        ProgressStore.Loaded loaded = new ProgressStore(dir.resolve("new")).load();
        assertThat(loaded.progress()).isEqualTo(new Progress());
        assertThat(loaded.progress().welcomed).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lessons: [unclosed", "just text", "format: 99\n", "format: 1\nlessons:\n  x:\n    step: -3\n",
            "format: 1\nwelcomed: maybe\n", "format: 1\nlessons:\n  x:\n    steps:\n      s: {solution: stolen}\n", ""})
    void aDamagedFileIsSetAsideAndReadingStartsAfresh(String text) throws Exception {
        Files.writeString(dir.resolve("progress.yaml"), text, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
        ProgressStore.Loaded loaded = new ProgressStore(dir, clock).load();
        assertThat(loaded.progress()).isEqualTo(new Progress());
        assertThat(loaded.setAside()).isEqualTo(dir.resolve("progress.yaml.damaged-20250102T030405"));
        assertThat(loaded.problem()).isNotBlank();
        assertThat(Files.readString(loaded.setAside())).isEqualTo(text);
        assertThat(dir.resolve("progress.yaml")).doesNotExist();
    }

    @Test
    void exportThenImportCarriesEverything(@TempDir Path other) throws Exception {
        ProgressStore store = new ProgressStore(dir);
        store.exportTo(sample(), other.resolve("sub/moved.yaml"));
        assertThat(new ProgressStore(other).importFrom(other.resolve("sub/moved.yaml"))).isEqualTo(sample());
    }

    @Test
    void importingSomethingElseFailsWithoutChangingAnything(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("notes.txt"), "- a shopping list\n");
        assertThatThrownBy(() -> new ProgressStore(dir).importFrom(other.resolve("notes.txt")))
                .isInstanceOf(ProgressStore.ImportException.class);
        assertThat(dir.resolve("progress.yaml")).doesNotExist();
    }

    @Test
    void aNewerVersionsExtraKeysDoNotMakeTheFileDamaged() throws Exception {
        Files.writeString(dir.resolve("progress.yaml"), "format: 1\nwelcomed: true\ntheme: dark\nlessons: {}\n");
        assertThat(new ProgressStore(dir).load().setAside()).isNull();
    }

    static Stream<Arguments> stateDirectories() {
        return Stream.of(
                Arguments.of(Map.of("XDG_STATE_HOME", "/var/state", "HOME", "/home/ann"), "/var/state/docker-tutor"),
                Arguments.of(Map.of("HOME", "/home/ann"), "/home/ann/.local/state/docker-tutor"),
                Arguments.of(Map.of("XDG_STATE_HOME", "", "HOME", "/home/ann"), "/home/ann/.local/state/docker-tutor"),
                Arguments.of(Map.of("XDG_STATE_HOME", "relative/dir", "HOME", "/home/ann"), "/home/ann/.local/state/docker-tutor"));
    }

    @ParameterizedTest
    @MethodSource("stateDirectories")
    void theStateDirectoryFollowsTheXdgBaseDirectorySpec(Map<String, String> env, String expected) {
        assertThat(ProgressStore.stateDirectory(env)).isEqualTo(Path.of(expected));
    }
}
