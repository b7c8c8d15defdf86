package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineCapabilities;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnmetNeedsTest {
    private static final Lesson LESSON = LessonLibrary.bundled().lesson("files").orElseThrow();
    private static final Step LOOKS_INTO_VAR_LIB_DOCKER = LESSON.steps().stream()
            .filter(s -> s.needs().contains("engine-files")).findFirst().orElseThrow();

    @Test
    void theSimulatedEngineOffersEverythingAStepNeeds(@TempDir Path ws) throws IOException {
        SimulatedEngine sim = new SimulatedEngine(new CatalogLoader().loadDefault(), Clock.systemUTC());
        sim.hostRoot(ws);
        try (LessonRun run = new LessonRun(LESSON, sim, ws, Locale.ENGLISH)) {
            assertThat(run.unmetNeeds(LOOKS_INTO_VAR_LIB_DOCKER)).isEmpty();
        }
    }

    @Test
    void anEngineWithoutItsDataDirectoryInReachCannotOfferEngineFiles(@TempDir Path ws) throws IOException {
        SimulatedEngine sim = new SimulatedEngine(new CatalogLoader().loadDefault(), Clock.systemUTC());
        sim.hostRoot(ws);
        Engine realLike = (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("dataRoot") || method.getName().equals("daemonControl")) {
                        return Optional.empty();
                    }
                    if (method.getName().equals("capabilities")) {
                        return EngineCapabilities.NONE;
                    }
                    try {
                        return method.invoke(sim, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (LessonRun run = new LessonRun(LESSON, realLike, ws, Locale.ENGLISH)) {
            assertThat(run.unmetNeeds(LOOKS_INTO_VAR_LIB_DOCKER)).containsExactly("engine-files");
        }
    }
}
