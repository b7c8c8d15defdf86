package io.dockertutor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The rules the build enforces, as data-driven ArchUnit rules: module directions from {@link ProjectModules},
 * third-party libraries kept to the one module that owns them, and no package cycles. {@link LayeringTest} checks
 * them on the real classes; {@link LayeringRulesTest} shows each one fails on a class that breaks it.
 */
final class LayeringRules {
    private LayeringRules() {
    }

    /** Each module uses only the modules listed for it (so the engines know nothing of lessons or the tutor). */
    static ArchRule modulesPointOneWay() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (ProjectModules m : ProjectModules.ALL) {
            layers = layers.layer(m.name()).definedBy(m.packages().toArray(String[]::new));
        }
        for (ProjectModules m : ProjectModules.ALL) {
            layers = m.uses().isEmpty()
                    ? layers.whereLayer(m.name()).mayNotAccessAnyLayer()
                    : layers.whereLayer(m.name()).mayOnlyAccessLayers(m.uses().toArray(String[]::new));
        }
        return layers.withOptionalLayers(true);
    }

    static ArchRule dockerJavaOnlyInEngineDocker() {
        return noClasses().that().resideOutsideOfPackage("io.dockertutor.engine.docker..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.dockerjava..")
                .because("the real engine is reached through the Engine interface; only engine-docker sees docker-java");
    }

    static ArchRule jlineOnlyInTutor() {
        return noClasses().that().resideOutsideOfPackages("io.dockertutor.tutor..", "io.dockertutor.serve..", "io.dockertutor.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jline..")
                .because("the terminal belongs to the app; everything below it reads and writes plain text");
    }

    static ArchRule picocliOnlyInTutor() {
        return noClasses().that().resideOutsideOfPackages("io.dockertutor.tutor..", "io.dockertutor.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .because("docker-tutor's own command line is the app's; docker's grammar is data in docker-cli");
    }

    static ArchRule noPackageCycles() {
        return slices().matching("io.dockertutor.(**)").should().beFreeOfCycles();
    }
}
