package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerState;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Ownership;
import io.dockertutor.engine.RestartPolicy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a real daemon's state counts as settled: a container of the session's in a young restart loop is waited
 * for, one that backed off long enough, has no restart policy or is someone else's is not. No daemon needed.
 */
class DaemonSettlingTest {
    private static final Instant LONG_AGO = Instant.parse("2024-01-01T00:00:00Z");

    private final Engine engine = mock(Engine.class);
    private final Ownership ownership = mock(Ownership.class);

    DaemonSettlingTest() {
        when(engine.ownership()).thenReturn(ownership);
    }

    /** One container of state {@code state} with {@code policy}, restarted {@code restarts} times, started at {@code started}. */
    private void container(boolean ours, String state, String policy, int restarts, Instant started) {
        ContainerSummary summary = mock(ContainerSummary.class);
        when(summary.id()).thenReturn("c1");
        when(summary.state()).thenReturn(state);
        ContainerDetails details = mock(ContainerDetails.class);
        ContainerDetails.HostConfig host = mock(ContainerDetails.HostConfig.class);
        when(host.restartPolicy()).thenReturn(new RestartPolicy(policy, 0));
        ContainerState containerState = mock(ContainerState.class);
        when(containerState.startedAt()).thenReturn(started);
        when(details.hostConfig()).thenReturn(host);
        when(details.state()).thenReturn(containerState);
        when(details.restartCount()).thenReturn(restarts);
        when(engine.listContainers(false, -1, false, Filters.NONE)).thenReturn(List.of(summary));
        when(engine.inspectContainer("c1", false)).thenReturn(details);
        when(ownership.ownsContainer("c1")).thenReturn(ours);
    }

    @Test
    void aRealDaemonIsGivenThreeSecondsToSettle() {
        assertThat(new DaemonSettling(engine).window()).hasSeconds(3);
    }

    @Test
    void aRunningContainerThatRestartedBeforeIsMidLoop() {
        container(true, "running", "always", 1, LONG_AGO);

        assertThat(new DaemonSettling(engine).unsettled()).isTrue();
    }

    @Test
    void aContainerWithARestartPolicyJustStartedMayBeALoopsShortRun() {
        container(true, "running", "on-failure", 0, Instant.now());

        assertThat(new DaemonSettling(engine).unsettled()).isTrue();
    }

    @Test
    void aContainerWithoutARestartPolicyIsSettled() {
        container(true, "running", "no", 1, Instant.now());

        assertThat(new DaemonSettling(engine).unsettled()).isFalse();
    }

    @Test
    void aLoopThatBackedOffLongEnoughIsSettledWhileAYoungerOneIsNot() {
        container(true, "restarting", "always", 3, LONG_AGO);
        assertThat(new DaemonSettling(engine).unsettled()).isFalse();

        container(true, "restarting", "always", 2, LONG_AGO);
        assertThat(new DaemonSettling(engine).unsettled()).isTrue();
    }

    @Test
    void someoneElsesRestartLoopIsNeverWaitedFor() {
        container(false, "running", "always", 1, Instant.now());

        assertThat(new DaemonSettling(engine).unsettled()).isFalse();
    }
}
