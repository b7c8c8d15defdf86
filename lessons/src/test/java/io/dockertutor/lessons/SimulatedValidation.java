package io.dockertutor.lessons;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.time.Clock;
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
        return new LessonValidator(ws -> {
            SimulatedEngine engine = new SimulatedEngine(CATALOG, Clock.systemUTC());
            engine.hostRoot(ws);
            return engine;
        }, Set.of(), Locale.ENGLISH);
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
