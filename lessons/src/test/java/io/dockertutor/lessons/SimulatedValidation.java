package io.dockertutor.lessons;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineCapabilities;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The validator on the simulated engine, as {@code docker-tutor validate} builds it; the catalog is read once. */
final class SimulatedValidation {
    private static final Catalog CATALOG = new CatalogLoader(Locale.ENGLISH).loadDefault();

    private SimulatedValidation() {
    }

    static LessonValidator validator() {
        return new LessonValidator(SimulatedValidation::engine, Set.of(), Locale.ENGLISH);
    }

    /**
     * The validator on simulated engines that hide their snapshots, as a real engine would: every step is then
     * proved by replaying the earlier ones in a fresh engine.
     */
    static LessonValidator replayingValidator() {
        return new LessonValidator(ws -> withoutSnapshots(engine(ws)), Set.of(), Locale.ENGLISH);
    }

    static SimulatedEngine engine(Path ws) {
        SimulatedEngine engine = new SimulatedEngine(CATALOG, Clock.systemUTC());
        engine.hostRoot(ws);
        return engine;
    }

    private static Engine withoutSnapshots(Engine engine) {
        return (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class}, (proxy, method, args) -> {
            if (method.getName().equals("snapshots") && method.getParameterCount() == 0) {
                return Optional.empty();
            }
            if (method.getName().equals("capabilities")) {
                EngineCapabilities all = engine.capabilities();
                return new EngineCapabilities(false, all.daemonRestart(), all.engineFiles(), all.concurrentCalls());
            }
            try {
                return method.invoke(engine, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** Every step's result, in order. */
    static List<LessonValidator.StepResult> validate(Lesson lesson) {
        List<LessonValidator.StepResult> results = new ArrayList<>();
        validator().validate(lesson, results::add);
        return results;
    }

    /** The failed steps, one line each ({@code lesson/step: reason}), for readable assertion messages. */
    static List<String> failures(List<LessonValidator.StepResult> results) {
        return results.stream().filter(r -> r.status() != LessonValidator.StepResult.Status.PASSED)
                .map(r -> r.lesson() + "/" + r.step() + ": " + r.reason()).toList();
    }
}
