package io.dockertutor.engine;

/**
 * One message of a progress stream (a pull, a push or a legacy build), shaped like the Engine API's JSON messages.
 *
 * @param id       the layer id or tag the line is about, or empty for a line of its own ({@code Digest: ...})
 * @param status   {@code Pulling fs layer}, {@code Downloading}, {@code Pull complete}, {@code Already exists}, ...
 * @param current  bytes done, when the event reports progress, else -1
 * @param total    bytes in all, when known, else -1
 */
public record ProgressEvent(String id, String status, long current, long total) {

    public ProgressEvent {
        id = id == null ? "" : id;
    }

    public static ProgressEvent line(String status) {
        return new ProgressEvent("", status, -1, -1);
    }

    public static ProgressEvent of(String id, String status) {
        return new ProgressEvent(id, status, -1, -1);
    }

    /** True for events a non-terminal display skips (they carry a progress bar and nothing else). */
    public boolean hasProgress() {
        return current >= 0;
    }
}
