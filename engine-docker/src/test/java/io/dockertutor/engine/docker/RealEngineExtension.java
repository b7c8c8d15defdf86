package io.dockertutor.engine.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs real-engine test classes when a Docker engine answers (DOCKER_HOST, the current context or the default
 * socket) and skips them with the reason shown otherwise; under {@code CI=true} a missing engine fails the run
 * instead, so CI can never pass without having run them. The log names the engine once and, at the end of the run,
 * how many real-engine tests ran.
 *
 * <p>On a developer's machine it also stands aside while {@code scripts/record-corpus} records on the lab engine:
 * that script resets the engine before each session and would race with the tests.
 */
public final class RealEngineExtension implements ExecutionCondition, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealEngineExtension.class);
    private static volatile String probe;

    /** A fresh connection with its own session id, so each test cleans up only what it made. */
    public static DockerJavaEngine connect() {
        return DockerJavaEngine.fromEnvironment("contract-" + UUID.randomUUID().toString().substring(0, 8), Locale.ENGLISH);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci && recordingCorpus()) {
            return ConditionEvaluationResult.disabled("scripts/record-corpus is recording on this engine; real-engine tests skipped");
        }
        String answer = probe();
        if (answer.startsWith("Docker Engine")) {
            summary(context);
            return ConditionEvaluationResult.enabled(answer);
        }
        if (ci) {
            throw new IllegalStateException("CI=true requires a real Docker engine and none answers: " + answer);
        }
        System.out.println("[real engine] skipped: no Docker engine answers: " + answer);
        return ConditionEvaluationResult.disabled("no Docker engine answers (start one with scripts/lab-engine.sh up): " + answer);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        summary(context).ran.incrementAndGet();
        if (context.getExecutionException().isEmpty()) {
            summary(context).passed.incrementAndGet();
        }
    }

    private static synchronized String probe() {
        if (probe == null) {
            try (DockerJavaEngine engine = DockerJavaEngine.fromEnvironment("contract-probe", Locale.ENGLISH)) {
                probe = "Docker Engine " + engine.version().version() + " (API " + engine.version().apiVersion() + ") at "
                        + engine.endpoint();
                System.out.println("[real engine] " + probe);
            } catch (RuntimeException e) {
                probe = e.getMessage().replace('\n', ' ');
            }
        }
        return probe;
    }

    private static Summary summary(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Summary.class, k -> new Summary(), Summary.class);
    }

    private static boolean recordingCorpus() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+")).anyMatch(p -> {
                try {
                    return new String(Files.readAllBytes(p.resolve("cmdline"))).contains("record-corpus");
                } catch (Exception gone) {
                    return false;
                }
            });
        } catch (Exception noProc) {
            return false;
        }
    }

    /** Printed when the whole run ends: the count CI's log must show (not zero). */
    private static final class Summary implements ExtensionContext.Store.CloseableResource {
        final AtomicInteger ran = new AtomicInteger();
        final AtomicInteger passed = new AtomicInteger();

        @Override
        public void close() {
            System.out.println("[real engine] real-engine tests run: " + ran.get() + ", passed: " + passed.get() + " (" + probe + ")");
        }
    }
}
