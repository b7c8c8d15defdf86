package io.dockertutor.engine.docker;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The learner-facing texts for a daemon that cannot be reached, in Korean and English
 * ({@code io/dockertutor/engine/docker/messages*.properties}). Each names the endpoint and where it came from,
 * and says what to do.
 */
final class ConnectionMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    ConnectionMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("io.dockertutor.engine.docker.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message for {@code problem}; {@code subject} is the endpoint, context name or file it is about. */
    String text(EngineUnavailableException.Problem problem, String subject, String source, String detail) {
        String key = "unavailable." + problem.name().toLowerCase(Locale.ROOT).replace('_', '.');
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {subject, source, detail == null ? "" : detail});
    }

    EngineUnavailableException exception(EngineUnavailableException.Problem problem, DockerEndpoint endpoint, String detail) {
        return new EngineUnavailableException(problem, text(problem, endpoint.host().toString(), endpoint.source(), detail));
    }

    /** A configuration that names no usable endpoint, told like a daemon that cannot be reached. */
    EngineUnavailableException exception(DockerEndpointException e) {
        EngineUnavailableException.Problem problem = e.problem() == DockerEndpointException.Problem.CONTEXT_NOT_FOUND
                ? EngineUnavailableException.Problem.CONTEXT_NOT_FOUND : EngineUnavailableException.Problem.CONFIG_UNREADABLE;
        return new EngineUnavailableException(problem, text(problem, e.subject(), "", e.getMessage()));
    }
}
