package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code docker-tutor --version} alone is answered before picocli builds its command model (a start-up shortcut);
 * it prints the line picocli prints when the flag comes with others.
 */
class VersionLineTest {
    @Test
    void versionAlonePrintsTheLinePicocliPrintsWithOtherOptions() {
        MainRun alone = MainRun.of("--version");
        MainRun short_ = MainRun.of("-V");
        MainRun withOptions = MainRun.of("--no-color", "--version");
        assertThat(alone.out()).startsWith("docker-tutor ").contains("(simulating docker CLI ").endsWith("\n");
        assertThat(alone.out()).isEqualTo(withOptions.out()).isEqualTo(short_.out());
        assertThat(alone.status()).isZero();
        assertThat(alone.err()).isEmpty();
    }
}
