package io.dockertutor.tutor.engines;

/**
 * Why an engine cannot be opened (an unknown name, an unreadable image catalog, no daemon answering), already in
 * the learner's language: callers print the message as it is.
 */
public final class CannotOpenEngine extends Exception {
    public CannotOpenEngine(String message) {
        super(message, null, false, false);
    }
}
