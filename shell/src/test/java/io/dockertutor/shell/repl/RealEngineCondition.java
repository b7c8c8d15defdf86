package io.dockertutor.shell.repl;

import io.dockertutor.engine.docker.DockerJavaEngine;
import java.util.Locale;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a real-engine test class when a Docker engine answers (DOCKER_HOST, the current context or the default socket)
 * and skips it with the reason shown otherwise; under {@code CI=true} a missing engine fails the run instead, so CI
 * never passes without having run it. The shell's counterpart of the engine module's {@code RealEngineExtension},
 * whose test classes this module cannot see.
 */
public final class RealEngineCondition implements ExecutionCondition {
    private static volatile String probe;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        String answer = probe();
        if (answer.startsWith("Docker Engine")) {
            return ConditionEvaluationResult.enabled(answer);
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires a real Docker engine and none answers: " + answer);
        }
        System.out.println("[real engine] skipped: no Docker engine answers: " + answer);
        return ConditionEvaluationResult.disabled("no Docker engine answers (start one with scripts/lab-engine.sh up): " + answer);
    }

    private static synchronized String probe() {
        if (probe == null) {
            try (DockerJavaEngine engine = DockerJavaEngine.fromEnvironment("shell-probe", Locale.ENGLISH)) {
                probe = "Docker Engine " + engine.version().version() + " (API " + engine.version().apiVersion() + ") at "
                        + engine.endpoint();
                System.out.println("[real engine] " + probe);
            } catch (RuntimeException e) {
                probe = String.valueOf(e.getMessage()).replace('\n', ' ');
            }
        }
        return probe;
    }
}
