package io.dockertutor.tutor.progress;

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

class ProgressFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aNewLearnersProgressIsWrittenAsSnakeyamlWritesIt(boolean welcomed) throws Exception {
        Progress p = new Progress();
        if (welcomed) {
            p.welcome();
        }
        assertThat(ProgressCodec.write(p)).isEqualTo(ProgressCodec.withSnakeYaml(p));
        assertThat(ProgressCodec.read(ProgressCodec.write(p)).welcomed()).isEqualTo(welcomed);
    }

    private static Progress sample() {
        Progress p = new Progress();
        p.welcome();
        p.opened("basics", 0);
        p.finished("basics", 3);
        p.opened("ports", 2);
        p.studied("ports", 95);
        for (int i = 0; i < 4; i++) {
            p.attempted("ports", "publish");
        }
        p.hintShown("ports", "publish", 3);
        p.hintShown("ports", "publish", 3);
        p.solutionUsed("ports", "publish", StepProgress.Solution.SHOWN);
        p.passed("ports", "publish");
        return p;
    }

    @Test
    void whatIsSavedIsWhatIsLoaded() throws Exception {
        ProgressFile store = new ProgressFile(dir);
        store.save(sample());
        ProgressStore.Loaded loaded = store.load();
        assertThat(loaded.progress()).isEqualTo(sample());
        assertThat(loaded.setAside()).isNull();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("progress.yaml", "progress.yaml.lock");
        }
    }

    @Test
    void noFileIsAFirstRun() throws Exception {
        ProgressStore.Loaded loaded = new ProgressFile(dir.resolve("new")).load();
        assertThat(loaded.progress()).isEqualTo(new Progress());
        assertThat(loaded.progress().welcomed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lessons: [unclosed", "just text", "format: 99\n", "format: 1\nlessons: [a, b]\n", ""})
    void aDamagedFileIsSetAsideAndReadingStartsAfresh(String text) throws Exception {
        Files.writeString(dir.resolve("progress.yaml"), text, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
        ProgressStore.Loaded loaded = new ProgressFile(dir, clock).load();
        assertThat(loaded.progress()).isEqualTo(new Progress());
        assertThat(loaded.setAside()).isEqualTo(dir.resolve("progress.yaml.damaged-20250102T030405"));
        assertThat(loaded.problem()).isNotBlank();
        assertThat(Files.readString(loaded.setAside())).isEqualTo(text);
        assertThat(dir.resolve("progress.yaml")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"step: three", "step: -3", "done: maybe", "steps: {s: {solution: stolen}}", "steps: [a]"})
    void oneUnreadableLessonIsSetAsideAndEveryOtherLessonKept(String bad) throws Exception {
        Files.writeString(dir.resolve("progress.yaml"), "format: 1\nwelcomed: true\ncurrent: ports\nlessons:\n"
                + "  basics: {done: true, step: 3, seconds: 60}\n  broken: {" + bad + "}\n"
                + "  ports: {step: 2, steps: {publish: {done: true, hints: 1}}}\n");
        Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
        ProgressStore.Loaded loaded = new ProgressFile(dir, clock).load();
        assertThat(loaded.progress().lessons()).containsOnlyKeys("basics", "ports");
        assertThat(loaded.progress().isDone("basics")).isTrue();
        assertThat(loaded.progress().lesson("ports").step("publish").hints()).isEqualTo(1);
        assertThat(loaded.progress().current()).contains("ports");
        assertThat(loaded.setAsideParts()).containsExactly("broken");
        assertThat(loaded.problem()).contains("broken");
        assertThat(loaded.setAside()).isEqualTo(dir.resolve("progress.yaml.damaged-20250102T030405"));
        assertThat(Files.readString(loaded.setAside())).contains("broken:").doesNotContain("basics").doesNotContain("publish");
        // The file itself now holds what read well, so the next start reads it without a warning.
        ProgressStore.Loaded again = new ProgressFile(dir).load();
        assertThat(again.setAside()).isNull();
        assertThat(again.progress()).isEqualTo(loaded.progress());
    }

    @Test
    void anUnreadableTopFieldCostsThatFieldOnly() throws Exception {
        Files.writeString(dir.resolve("progress.yaml"), "format: 1\nwelcomed: maybe\ncurrent: [x]\nlessons:\n  basics: {done: true}\n");
        ProgressStore.Loaded loaded = new ProgressFile(dir).load();
        assertThat(loaded.setAsideParts()).containsExactly("welcomed", "current");
        assertThat(loaded.progress().isDone("basics")).isTrue();
        assertThat(loaded.progress().current()).isEmpty();
    }

    @Test
    void aFileThatCannotBeOpenedIsLeftAsItIsAndNothingIsSavedOverIt() throws Exception {
        Path loop = dir.resolve("progress.yaml");
        Files.createSymbolicLink(loop, loop.getFileName());
        ProgressFile store = new ProgressFile(dir);
        ProgressStore.Loaded loaded = store.load();
        assertThat(loaded.cannotRead()).isNotNull();
        assertThat(loaded.setAside()).isNull();
        assertThat(loaded.progress()).isEqualTo(new Progress());
        assertThatThrownBy(() -> store.save(sample())).isInstanceOf(ProgressStore.NotSaved.class);
        assertThat(Files.isSymbolicLink(loop)).isTrue();
        assertThat(Files.readSymbolicLink(loop)).isEqualTo(loop.getFileName());
    }

    @Test
    void aProgressFileThatIsADirectoryIsLeftAlone() throws Exception {
        Files.createDirectory(dir.resolve("progress.yaml"));
        Files.writeString(dir.resolve("progress.yaml/keep"), "mine");
        ProgressFile store = new ProgressFile(dir);
        ProgressStore.Loaded loaded = store.load();
        assertThat(loaded.cannotRead()).isInstanceOfSatisfying(ProgressFile.NotAProgressFile.class,
                e -> assertThat(e.kind()).isEqualTo(ProgressFile.NotAProgressFile.Kind.DIRECTORY));
        assertThatThrownBy(() -> store.save(sample())).isInstanceOf(ProgressStore.NotSaved.class);
        assertThat(Files.readString(dir.resolve("progress.yaml/keep"))).isEqualTo("mine");
    }

    @Test
    void aStateDirectoryThatIsAFileIsReportedAndLeftAlone() throws Exception {
        Path state = dir.resolve("state");
        Files.writeString(state, "not a directory");
        ProgressFile store = new ProgressFile(state);
        assertThat(store.load().cannotRead()).isNotNull();
        assertThatThrownBy(() -> store.save(sample())).isInstanceOf(java.io.IOException.class);
        assertThat(store.claimSession()).isTrue();
        assertThat(Files.readString(state)).isEqualTo("not a directory");
    }

    @Test
    void importRefusesADirectoryADeviceAndAHugeFileWithoutReadingThemWhole(@TempDir Path other) throws Exception {
        ProgressFile store = new ProgressFile(dir);
        assertThatThrownBy(() -> store.importFrom(other)).isInstanceOfSatisfying(ProgressFile.NotAProgressFile.class,
                e -> assertThat(e.kind()).isEqualTo(ProgressFile.NotAProgressFile.Kind.DIRECTORY));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertThatThrownBy(() -> store.importFrom(zero)).isInstanceOfSatisfying(ProgressFile.NotAProgressFile.class,
                    e -> assertThat(e.kind()).isEqualTo(ProgressFile.NotAProgressFile.Kind.NOT_REGULAR));
        }
        Path huge = other.resolve("huge.yaml");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ProgressFile.MAX_BYTES + 1L);
        }
        assertThatThrownBy(() -> store.importFrom(huge)).isInstanceOfSatisfying(ProgressFile.NotAProgressFile.class,
                e -> assertThat(e.kind()).isEqualTo(ProgressFile.NotAProgressFile.Kind.TOO_LARGE));
        assertThat(dir.resolve("progress.yaml")).doesNotExist();
    }

    @Test
    void exportNeverReplacesADirectory(@TempDir Path other) throws Exception {
        Path empty = Files.createDirectory(other.resolve("empty"));
        assertThatThrownBy(() -> new ProgressFile(dir).exportTo(sample(), empty))
                .isInstanceOf(ProgressFile.NotAProgressFile.class);
        assertThat(empty).isDirectory();
    }

    @Test
    void exportThenImportCarriesEverything(@TempDir Path other) throws Exception {
        ProgressFile store = new ProgressFile(dir);
        store.exportTo(sample(), other.resolve("sub/moved.yaml"));
        assertThat(new ProgressFile(other).importFrom(other.resolve("sub/moved.yaml"))).isEqualTo(sample());
    }

    @Test
    void importingSomethingElseFailsWithoutChangingAnything(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("notes.txt"), "- a shopping list\n");
        assertThatThrownBy(() -> new ProgressFile(dir).importFrom(other.resolve("notes.txt")))
                .isInstanceOf(ProgressStore.ImportException.class);
        assertThat(dir.resolve("progress.yaml")).doesNotExist();
    }

    @Test
    void aNewerVersionsExtraKeysDoNotMakeTheFileDamaged() throws Exception {
        Files.writeString(dir.resolve("progress.yaml"), "format: 1\nwelcomed: true\ntheme: dark\nlessons: {}\n");
        assertThat(new ProgressFile(dir).load().setAside()).isNull();
    }

    @Test
    void aSecondTutorOnTheSameStateDirectoryIsToldItIsNotAlone() {
        ProgressFile first = new ProgressFile(dir);
        ProgressFile second = new ProgressFile(dir);
        assertThat(first.claimSession()).isTrue();
        assertThat(second.claimSession()).isFalse();
        first.close();
        second.close();
        ProgressFile third = new ProgressFile(dir);
        assertThat(third.claimSession()).isTrue();
        third.close();
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
        assertThat(ProgressFile.stateDirectory(env)).isEqualTo(Path.of(expected));
    }
}
