package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learner-given sizes (widths, precisions, counts) end in a printed line, never in an exhausted heap. */
class HugeSizesStayBoundedTest {
    @TempDir
    Path ws;
    private Interpreter tutor;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void start() {
        tutor = new Interpreter(SimulatedEngine.withDefaultCatalog(), ws, Locale.ENGLISH, Clock.systemUTC());
    }

    private int run(String line) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return tutor.run(line, new ByteArrayInputStream(new byte[0]), out, err);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHugeFormatWidthPrintsGosNoVerbComplaint() {
        assertThat(run("docker version --format '{{printf \"%999999999d\" 1}}'")).isZero();
        assertThat(stdout()).isEqualTo("%!(NOVERB)%!(EXTRA int=1)\n");
    }

    @Test
    void aTemplatePrintingPastTheLimitStopsWithOneLine() {
        assertThat(run("docker version --format '{{range 100}}{{printf \"%9999999d\" 1}}{{end}}'")).isEqualTo(1);
        assertThat(stderr()).startsWith("docker-tutor: the --format template would print more than 16777216 characters")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(run("echo still here")).isZero();
        assertThat(stdout()).isEqualTo("still here\n");
    }

    @Test
    void aTemplateThatNeverEndsStopsWithOneLine() {
        assertThat(run("docker version --format '{{range 99999999999}}{{end}}'")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("docker-tutor: the --format template took more than 20000000 steps (a range over a "
                + "huge number?); the tutor stops it there.\n");
    }
}
