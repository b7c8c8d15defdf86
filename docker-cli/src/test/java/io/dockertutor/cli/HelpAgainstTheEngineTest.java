package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineVersion;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `docker X --help` asks the engine behind it which API it speaks, and hides what that daemon cannot use. */
class HelpAgainstTheEngineTest {
    @TempDir
    Path ws;

    @Test
    void theSimulatorsHelpHasNoWindowsOnlyExperimentalOrSwarmEntries() {
        SimulatedSession s = new SimulatedSession(ws);
        assertThat(s.run("docker run --help")).isZero();
        assertThat(s.stdout()).doesNotContain("--cpu-count", "--io-maxiops").contains("--annotation");
        assertThat(s.output("docker container start --help")).doesNotContain("--checkpoint");
        assertThat(s.output("docker volume --help")).doesNotContain("update");
        assertThat(s.run("docker checkpoint ls --help")).isZero();
        assertThat(s.stdout())
                .isEqualTo("docker checkpoint ls is only supported on a Docker daemon with experimental features enabled\n");
    }

    @Test
    void anEngineOfApi141GetsTheHelpOfEngine20() {
        Engine simulator = SimulatedEngine.withDefaultCatalog();
        Engine engine20 = (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("version") && method.getParameterCount() == 0) {
                        EngineVersion v = simulator.version();
                        return new EngineVersion(v.platformName(), "20.10.24", "1.41", "1.12", v.gitCommit(), v.goVersion(),
                                v.os(), v.arch(), v.kernelVersion(), v.buildTime(), v.containerdVersion(), v.runcVersion(),
                                v.initVersion(), v.containerdCommit(), v.runcCommit(), v.initCommit());
                    }
                    try {
                        return method.invoke(simulator, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Interpreter tutor = new Interpreter(engine20, ws, Locale.ENGLISH, Clock.systemUTC());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(tutor.run("docker images --help; docker run --help; docker volume update --help",
                new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .doesNotContain("--tree", "--annotation", "--health-start-interval")
                .contains("      --health-start-period duration   Start period for the container to\n")
                .endsWith("docker volume update requires API version 1.42, but the Docker daemon API version is 1.41\n");
    }
}
