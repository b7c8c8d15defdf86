package io.dockertutor.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's own main classes keep every rule of {@link LayeringRules}. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        classes = new ClassFileImporter().importPaths(ProjectModules.ALL.stream().map(ProjectModules::classes)
                .toArray(Path[]::new));
    }

    @Test
    void modulesDependOnlyDownwards() {
        LayeringRules.modulesPointOneWay().check(classes);
    }

    @Test
    void onlyEngineDockerSeesDockerJava() {
        LayeringRules.dockerJavaOnlyInEngineDocker().check(classes);
    }

    @Test
    void onlyTheAppSeesTheTerminalLibrary() {
        LayeringRules.jlineOnlyInTutor().check(classes);
    }

    @Test
    void onlyTheAppSeesPicocli() {
        LayeringRules.picocliOnlyInTutor().check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        LayeringRules.noPackageCycles().check(classes);
    }
}
