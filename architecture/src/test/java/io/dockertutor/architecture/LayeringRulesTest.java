package io.dockertutor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.dockertutor.checker.fixture.CheckerThatDrawsOnTheTerminal;
import io.dockertutor.cli.fixture.CliThatCallsDockerJava;
import io.dockertutor.engine.sim.fixture.SimulatorThatReadsLessons;
import io.dockertutor.engine.sim.fixture.SimulatorThatUsesTheApi;
import io.dockertutor.gotext.fixture.ping.Ping;
import io.dockertutor.gotext.fixture.pong.Pong;
import io.dockertutor.lessons.fixture.LessonsWithTheirOwnCommandLine;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link LayeringRules} fails on a class that breaks it (the fixtures under this module's test
 * sources, in the packages of the modules they pretend to be) and names it: a rule that cannot fail proves nothing.
 */
class LayeringRulesTest {
    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }

    @Test
    void anEngineThatImportsLessonsBreaksTheModuleDirection() {
        EvaluationResult result = evaluate(LayeringRules.modulesPointOneWay(), SimulatorThatReadsLessons.class,
                io.dockertutor.lessons.Lesson.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("SimulatorThatReadsLessons").contains("Lesson");
    }

    @Test
    void anEngineThatUsesTheEngineApiKeepsTheModuleDirection() {
        EvaluationResult result = evaluate(LayeringRules.modulesPointOneWay(), SimulatorThatUsesTheApi.class,
                io.dockertutor.engine.Engine.class);
        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void dockerJavaOutsideEngineDockerIsRefused() {
        EvaluationResult result = evaluate(LayeringRules.dockerJavaOnlyInEngineDocker(), CliThatCallsDockerJava.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("CliThatCallsDockerJava").contains("com.github.dockerjava");
    }

    @Test
    void jlineBelowTheAppIsRefused() {
        EvaluationResult result = evaluate(LayeringRules.jlineOnlyInTutor(), CheckerThatDrawsOnTheTerminal.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("org.jline.terminal.Terminal");
    }

    @Test
    void picocliBelowTheAppIsRefused() {
        EvaluationResult result = evaluate(LayeringRules.picocliOnlyInTutor(), LessonsWithTheirOwnCommandLine.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("picocli.CommandLine");
    }

    @Test
    void twoPackagesThatUseEachOtherAreACycle() {
        EvaluationResult result = evaluate(LayeringRules.noPackageCycles(), Ping.class, Pong.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("fixture.ping").contains("fixture.pong");
    }
}
