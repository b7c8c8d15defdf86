package io.dockertutor.engine;

import java.util.List;

/**
 * {@code POST /commit}: what {@code docker commit} asks of the daemon besides the container.
 *
 * @param reference {@code repo[:tag]} to name the new image, or null for a dangling one
 * @param author    {@code -a}, empty when not given
 * @param comment   {@code -m}, empty when not given
 * @param changes   {@code -c}: Dockerfile instructions ({@code CMD ["sh"]}) the daemon applies to the config
 * @param pause     {@code -p}: pause the container while its files are read
 */
public record CommitRequest(String reference, String author, String comment, List<String> changes, boolean pause) {
    public CommitRequest {
        author = author == null ? "" : author;
        comment = comment == null ? "" : comment;
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
