package io.dockertutor.engine;

import java.time.Instant;
import java.util.List;

/**
 * One line of {@code docker history}: an instruction that built the image, newest first.
 *
 * @param id        the image id this step produced, or {@code <missing>} when the engine does not have it
 * @param createdBy the instruction, e.g. {@code CMD ["nginx" "-g" "daemon off;"]}
 * @param size      bytes its layer added (0 for metadata-only steps)
 * @param comment   e.g. {@code buildkit.dockerfile.v0}
 * @param tags      tags pointing at {@code id}
 */
public record HistoryEntry(String id, Instant created, String createdBy, long size, String comment, List<String> tags) {
    public static final String MISSING = "<missing>";

    public HistoryEntry {
        comment = comment == null ? "" : comment;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
