package io.dockertutor.engine.docker;

import com.github.dockerjava.api.model.ResponseItem;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ProgressEvent;
import java.util.Optional;

/**
 * One message of a pull or push stream ({@link com.github.dockerjava.api.model.PullResponseItem},
 * {@code PushResponseItem}) as the engine API's {@link ProgressEvent}: the same id, status and byte counts the
 * daemon sent, so the CLI's progress display prints real pulls exactly as it prints simulated ones. An error inside
 * the stream ({@code errorDetail}) ends the operation as an {@link EngineException.Kind#IN_STREAM} error, which the
 * CLI prints bare, as docker does.
 */
final class ProgressMapping {
    private ProgressMapping() {
    }

    /** The event for {@code item}, or empty for messages without a status (aux digests, bare progress). */
    static Optional<ProgressEvent> event(ResponseItem item) {
        failOnError(item);
        String status = item.getStatus();
        if (status == null || status.isEmpty()) {
            return Optional.empty();
        }
        long current = -1;
        long total = -1;
        ResponseItem.ProgressDetail detail = item.getProgressDetail();
        if (detail != null && detail.getCurrent() != null) {
            current = detail.getCurrent();
            total = detail.getTotal() == null || detail.getTotal() <= 0 ? -1 : detail.getTotal();
        }
        return Optional.of(new ProgressEvent(item.getId(), status, current, total));
    }

    /** Throws the stream's error, in the daemon's words. */
    static void failOnError(ResponseItem item) {
        String message = null;
        if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
            message = item.getErrorDetail().getMessage();
        } else if (item.getError() != null) {
            message = item.getError();
        }
        if (message != null) {
            throw EngineException.inStream(message);
        }
    }
}
