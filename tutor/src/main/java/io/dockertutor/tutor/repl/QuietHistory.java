package io.dockertutor.tutor.repl;

import java.io.IOException;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The command history, kept in memory when its file cannot be read or written (a state directory that is read-only
 * or a file). JLine would log each failure with a stack trace on the learner's screen, after every command.
 */
final class QuietHistory extends DefaultHistory {
    @Override
    public void load() {
        try {
            super.load();
        } catch (IOException | RuntimeException e) {
            // History is a convenience: the session starts with an empty one.
        }
    }

    @Override
    public void save() {
        try {
            super.save();
        } catch (IOException | RuntimeException e) {
            // History is a convenience: the lines stay in memory for this session.
        }
    }
}
