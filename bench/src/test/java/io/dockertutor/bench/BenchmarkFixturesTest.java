package io.dockertutor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark's setup checks and operations once outside JMH, so a command that stops working breaks
 * the build instead of producing a flattering number at the next benchmark run.
 */
class BenchmarkFixturesTest {

    @Test
    void commandBenchmarksLeaveTheImageListAsTheyFoundIt() {
        CommandBenchmarks bench = new CommandBenchmarks();
        bench.setUp();
        try {
            assertThat(bench.dockerImages()).isZero();
            assertThat(bench.dockerPullPresent()).isZero();
            assertThat(bench.dockerTag()).isZero();
            assertThat(bench.dockerTag()).isZero();
            assertThat(bench.dockerTagThenRmi()).isZero();
            bench.checkNothingFailed();
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void batchOfAThousandCommandsSucceedsAndReturnsToItsStart() {
        BatchBenchmark bench = new BatchBenchmark();
        bench.setUp();
        try {
            assertThat(bench.batch1000()).isZero();
            bench.checkNothingFailed();
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void startupBenchmarksBuildAWorkingInterpreterAndReloadTheGrammar() throws Exception {
        StartupBenchmarks bench = new StartupBenchmarks();
        bench.setUp();
        try {
            assertThat(bench.engineStartup().engine().describe()).isEqualTo("simulated");
            assertThat(bench.catalogLoad()).isNotNull();
            StartupBenchmarks.ForgottenGrammar forgotten = new StartupBenchmarks.ForgottenGrammar();
            forgotten.forget(bench);
            assertThat(bench.grammarFirstUse(forgotten).command("tag")).isPresent();
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void coldStartRunsAFirstDockerImagesAndAFirstBatch() {
        ColdStartBenchmark bench = new ColdStartBenchmark();
        bench.setUp();
        assertThat(bench.firstDockerImages()).startsWith("REPOSITORY");
        ColdStartBenchmark.BatchSession batch = new ColdStartBenchmark.BatchSession();
        batch.open();
        assertThat(bench.firstBatch1000(batch)).isZero();
        bench.tearDown();
    }

    @Test
    void aFailedBatchCommandFailsTheTranscriptCheck() {
        assertThatThrownBy(() -> BatchBenchmark.checkTranscript(0, "$ docker rmi x\n[exit 1]\n"))
                .hasMessageContaining("a batch command failed");
    }

    @Test
    void stoppedContainerHeapHarnessRunsEveryContainerItMeasures() {
        // its own checks fail it unless each run exits 0, prints "hi", and all of them are listed afterwards
        assertThatCode(() -> StoppedContainerHeap.bytesPerContainer(3)).doesNotThrowAnyException();
    }

    @Test
    void expectFailsLoudlyOnANonZeroExit() {
        try (LearnerSession session = LearnerSession.open()) {
            assertThatThrownBy(() -> session.expect("docker pull no-such-image-here"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited 1");
        }
    }

    @Test
    void expectRowsMatchesWordsWhateverTheColumnWidth() {
        String output = "REPOSITORY    TAG       IMAGE ID\nlearner/web   a         e7580268c63c\n";
        LearnerSession.expectRows(output, "learner/web a");
        assertThatThrownBy(() -> LearnerSession.expectRows(output, "learner/web b"))
                .hasMessageContaining("learner/web b");
    }
}
