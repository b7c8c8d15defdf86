package io.dockertutor.engine;

/**
 * One line of {@code docker rmi} output: exactly one of the two fields is set.
 *
 * @param untagged a reference that was removed, e.g. {@code nginx:latest} or {@code nginx@sha256:...}
 * @param deleted  an image or layer id that was deleted, e.g. {@code sha256:...}
 */
public record ImageDeletion(String untagged, String deleted) {
    public static ImageDeletion untagged(String reference) {
        return new ImageDeletion(reference, null);
    }

    public static ImageDeletion deleted(String id) {
        return new ImageDeletion(null, id);
    }
}
