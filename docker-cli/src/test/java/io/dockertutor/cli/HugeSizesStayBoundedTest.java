package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learner-given sizes (widths, precisions, counts) end in a printed line, never in an exhausted heap. */
class HugeSizesStayBoundedTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void start() {
        s = new SimulatedSession(ws);
    }

    @Test
    void aHugeFormatWidthPrintsGosNoVerbComplaint() {
        assertThat(s.run("docker version --format '{{printf \"%999999999d\" 1}}'")).isZero();
        assertThat(s.stdout()).isEqualTo("%!(NOVERB)%!(EXTRA int=1)\n");
    }

    @Test
    void aTemplatePrintingPastTheLimitStopsWithOneLine() {
        assertThat(s.run("docker version --format '{{range 100}}{{printf \"%9999999d\" 1}}{{end}}'")).isEqualTo(1);
        assertThat(s.stderr()).startsWith("docker-tutor: the --format template would print more than 16777216 characters")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(s.run("echo still here")).isZero();
        assertThat(s.stdout()).isEqualTo("still here\n");
    }

    @Test
    void aTemplateThatNeverEndsStopsWithOneLine() {
        assertThat(s.run("docker version --format '{{range 99999999999}}{{end}}'")).isEqualTo(1);
        assertThat(s.stderr()).isEqualTo("docker-tutor: the --format template took more than 20000000 steps (a range over a "
                + "huge number?); the tutor stops it there.\n");
    }
}
