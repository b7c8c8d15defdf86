package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.EngineException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Turns what docker-java throws into the engine API's errors. A daemon answer ({@link DockerException},
 * {@code Status 404: {"message":"No such container: x"}}) becomes an {@link EngineException} with the daemon's own
 * message and the {@link Kind} of its HTTP status, so the CLI prints {@code Error response from daemon: No such
 * container: x} as docker does. A failure to reach the daemon at all becomes an {@link EngineUnavailableException}
 * with a localized explanation.
 */
final class DaemonErrors {
    private static final Pattern STATUS = Pattern.compile("(?s)^Status (\\d+): (.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerEndpoint endpoint;
    private final ConnectionMessages messages;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    /** The thread removing this session's objects as the process ends; every other thread's calls are refused. */
    private volatile Thread closer;

    DaemonErrors(DockerEndpoint endpoint, Locale locale) {
        this.endpoint = endpoint;
        this.messages = new ConnectionMessages(locale);
    }

    /** Runs one docker-java call, translating its failures. */
    <T> T call(Supplier<T> call) {
        Thread c = closer;
        if (c != null && c != Thread.currentThread()) {
            throw new EngineException(Kind.UNAVAILABLE, "docker-tutor is stopping");
        }
        inFlight.incrementAndGet();
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw map(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /**
     * From now on only the calling thread reaches the daemon: a validation thread in the middle of a lesson can
     * finish the call it is in but start no other, so what it creates cannot outlive the cleanup that follows.
     */
    void closeToOthers() {
        closer = Thread.currentThread();
    }

    /** Waits up to {@code millis} for the calls other threads are in to return; true when none is left. */
    boolean awaitOthers(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (inFlight.get() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    /** The engine API's error for a docker-java failure. */
    EngineException map(RuntimeException e) {
        if (e instanceof EngineException already) {
            return already;
        }
        if (e instanceof DockerException daemon) {
            return new EngineException(kind(daemon.getHttpStatus()), daemonMessage(daemon));
        }
        EngineUnavailableException.Problem problem = connectionProblem(e);
        if (problem != null) {
            return messages.exception(problem, endpoint, rootMessage(e));
        }
        if (e instanceof DockerClientException client) {
            return EngineException.serverError(client.getMessage());
        }
        return EngineException.serverError(rootMessage(e));
    }

    /** The Engine API's HTTP status, as the engine API's kinds. */
    static Kind kind(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> Kind.BAD_REQUEST;
            case 401, 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            // 503 too: it is still the daemon's answer; UNAVAILABLE is kept for a daemon that gives none.
            default -> Kind.SERVER_ERROR;
        };
    }

    /**
     * The daemon's {@code message} from docker-java's {@code Status N: BODY}; a body that is not the Engine API's
     * JSON error (a proxy's HTML page, plain text) is passed on trimmed.
     */
    static String daemonMessage(DockerException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = STATUS.matcher(text);
        String body = m.matches() ? m.group(2) : text;
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException notJson) {
            // fall through to the body as it is
        }
        return body.strip();
    }

    /** Why the daemon gave no answer, or null when the failure is not about reaching it. */
    static EngineUnavailableException.Problem connectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof SSLException || message.contains("certificate path (DOCKER_CERT_PATH)")) {
                return EngineUnavailableException.Problem.TLS;
            }
            if (message.contains("Permission denied") || message.contains("[13]") || message.contains("EACCES")) {
                return EngineUnavailableException.Problem.PERMISSION_DENIED;
            }
            if (t instanceof SocketTimeoutException) {
                return EngineUnavailableException.Problem.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || message.contains("No such file or directory") || message.contains("Connection refused")
                    || message.contains("[2]") || message.contains("[111]")) {
                return EngineUnavailableException.Problem.NO_DAEMON;
            }
            if (message.startsWith("Unsupported protocol scheme")) {
                return EngineUnavailableException.Problem.UNSUPPORTED_SCHEME;
            }
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
